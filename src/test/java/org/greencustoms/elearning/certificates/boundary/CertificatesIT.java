package org.greencustoms.elearning.certificates.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.greencustoms.elearning.Deployments;
import org.greencustoms.elearning.assessment.boundary.AttemptNotFoundException;
import org.greencustoms.elearning.assessment.boundary.AttemptResult;
import org.greencustoms.elearning.assessment.boundary.AttemptReview;
import org.greencustoms.elearning.assessment.boundary.Attempts;
import org.greencustoms.elearning.assessment.boundary.ReviewNotAvailableException;
import org.greencustoms.elearning.assessment.control.Answer;
import org.greencustoms.elearning.assessment.control.ReviewItem;
import org.greencustoms.elearning.content.boundary.ContentImport;
import org.greencustoms.elearning.content.boundary.PackageFolder;
import org.greencustoms.elearning.people.boundary.Accounts;
import org.greencustoms.elearning.people.entity.Role;
import org.greencustoms.elearning.platform.NotFoundException;
import org.greencustoms.elearning.progress.boundary.Learning;
import org.greencustoms.elearning.progress.boundary.ModuleProgress;
import org.greencustoms.elearning.progress.boundary.Reading;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Completion and certificates on Liberty: issued once, when the module's completion rule is met, whichever step
 * completes it; verifiable by code; and the review shown only as the module's review policy allows.
 */
@ExtendWith(ArquillianExtension.class)
class CertificatesIT {

    private static final Map<String, Answer> ALL_RIGHT = Map.of("q1", Answer.single("a"), "q2", Answer.trueFalse(true));
    private static final Map<String, Answer> ALL_WRONG = Map.of("q1", Answer.single("b"), "q2", Answer.trueFalse(false));

    @Deployment
    static WebArchive deployment() {
        return Deployments.builtWarWithAssertions("certificates-it").addClass(PackageFolder.class);
    }

    @Inject
    ContentImport contentImport;

    @Inject
    Accounts accounts;

    @Inject
    Reading reading;

    @Inject
    Attempts attempts;

    @Inject
    Learning learning;

    @Inject
    Certificates certificates;

    private String suffix;
    private String learner;

    @BeforeEach
    void setUp() {
        suffix = UUID.randomUUID().toString().substring(0, 8);
        learner = learner("amina");
    }

    @Test
    void theCertificateIsIssuedOnceWhenTheUnitsAreDoneAndTheQuizIsPassed() throws IOException {
        String module = module("complete", "");

        AttemptResult passed = takeQuiz(learner, module, ALL_RIGHT);
        assertThat(passed.passed()).isTrue();
        assertThat(passed.certificate()).as("the units are not read yet").isNull();
        reading.markDone(learner, module, "first");
        assertThat(certificates.of(learner, "en")).isEmpty();

        reading.markDone(learner, module, "second");
        reading.markDone(learner, module, "second");

        List<CertificateView> issued = certificates.of(learner, "fr");
        assertThat(issued).singleElement().satisfies(certificate -> {
            assertThat(certificate.code()).matches("GC-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
            assertThat(certificate.moduleTitle()).isEqualTo("Module d'essai " + module);
            assertThat(certificate.learnerName()).isEqualTo(learner + " Name");
            assertThat(certificate.percent()).isEqualTo(100.0);
            assertThat(certificate.version()).isEqualTo(1);
        });
        String code = issued.get(0).code();
        assertThat(attempts.result(learner, passed.attemptId()).certificate()).isEqualTo(code);
        ModuleProgress progress = learning.modulesOf(learner, "en").get(0);
        assertThat(progress.completed()).isTrue();
        assertThat(progress.certificate()).isEqualTo(code);

        assertThat(certificates.verify(code.toLowerCase().replace("-", " "), "en").code())
                .as("typed back loosely").isEqualTo(code);
        assertThat(certificates.mine(learner, code, "en").code()).isEqualTo(code);
        String other = learner("bruno");
        assertThatThrownBy(() -> certificates.mine(other, code, "en")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> certificates.verify("GC-0000-0000-0000", "en")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> certificates.verify("<script>", "en")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aFailedQuizEarnsNoCertificate() throws IOException {
        String module = module("failed", "");
        reading.markDone(learner, module, "first");
        reading.markDone(learner, module, "second");

        assertThat(takeQuiz(learner, module, ALL_WRONG).passed()).isFalse();

        assertThat(certificates.of(learner, "en")).isEmpty();
        assertThat(learning.modulesOf(learner, "en").get(0).completed()).isFalse();
    }

    @Test
    void aModuleCompletedByItsQuizAloneIssuesTheCertificateOnPassing() throws IOException {
        String module = module("quiz-only", "completion: quiz");

        AttemptResult result = takeQuiz(learner, module, ALL_RIGHT);

        assertThat(result.certificate()).isNotNull();
        assertThat(certificates.of(learner, "en")).extracting(CertificateView::moduleId).containsExactly(module);
    }

    @Test
    void completingByReadingAndByPassingAtTheSameTimeIssuesOneCertificate() throws Exception {
        String module = module("race", "");
        reading.markDone(learner, module, "first");
        long attempt = attempts.start(learner, module, "en").id();
        attempts.save(learner, attempt, ALL_RIGHT);
        Callable<Object> read = () -> {
            reading.markDone(learner, module, "second");
            return null;
        };
        Callable<Object> submit = () -> attempts.submit(learner, attempt);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (Future<Object> done : pool.invokeAll(List.of(read, submit))) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(certificates.of(learner, "en")).hasSize(1);
    }

    @Test
    void theReviewShowsKeysFeedbackAndExplanationsWhenThePolicyAllows() throws IOException {
        String module = module("review", "");

        AttemptResult result = takeQuiz(learner, module, Map.of("q1", Answer.single("b")));
        AttemptReview review = attempts.review(learner, result.attemptId(), "en");

        assertThat(review.items()).extracting(ReviewItem::key).containsExactlyInAnyOrder("q1", "q2");
        ReviewItem single = review.items().stream().filter(item -> item.key().equals("q1")).findFirst().orElseThrow();
        assertThat(single.outcome()).isEqualTo(ReviewItem.Outcome.WRONG);
        assertThat(single.lines()).extracting(ReviewItem.Line::text, ReviewItem.Line::chosenFlag,
                ReviewItem.Line::rightFlag).containsExactly(
                        tuple("Annex VIII", false, true),
                        tuple("Annex IX", true, false));
        ReviewItem unanswered = review.items().stream().filter(item -> item.key().equals("q2")).findFirst()
                .orElseThrow();
        assertThat(unanswered.outcome()).isEqualTo(ReviewItem.Outcome.UNANSWERED);
        String other = learner("bruno");
        assertThatThrownBy(() -> attempts.review(other, result.attemptId(), "en"))
                .isInstanceOf(AttemptNotFoundException.class);
    }

    @Test
    void aModuleThatNeverShowsTheAnswersShowsTheScoreOnly() throws IOException {
        String module = module("never", "review: never");

        AttemptResult result = takeQuiz(learner, module, ALL_RIGHT);

        assertThat(result.reviewAvailable()).isFalse();
        assertThatThrownBy(() -> attempts.review(learner, result.attemptId(), "en"))
                .isInstanceOf(ReviewNotAvailableException.class).hasMessageContaining("never");
    }

    @Test
    void aModuleThatShowsTheAnswersAfterTheLastAttemptWaitsForIt() throws IOException {
        String module = module("after-last", "review: after-last-attempt");

        AttemptResult first = takeQuiz(learner, module, ALL_WRONG);
        assertThat(first.reviewAvailable()).isFalse();
        assertThatThrownBy(() -> attempts.review(learner, first.attemptId(), "en"))
                .isInstanceOf(ReviewNotAvailableException.class).hasMessageContaining("last attempt");

        long open = attempts.start(learner, module, "en").id();
        assertThatThrownBy(() -> attempts.review(learner, first.attemptId(), "en"))
                .as("the last attempt is still open").isInstanceOf(ReviewNotAvailableException.class);
        attempts.save(learner, open, ALL_WRONG);
        AttemptResult second = attempts.submit(learner, open);

        assertThat(second.attemptsUsed()).isEqualTo(2);
        assertThat(second.reviewAvailable()).isTrue();
        assertThat(attempts.review(learner, first.attemptId(), "en").items()).hasSize(2);
    }

    private AttemptResult takeQuiz(String username, String module, Map<String, Answer> answers) {
        long attempt = attempts.start(username, module, "en").id();
        attempts.save(username, attempt, answers);
        return attempts.submit(username, attempt);
    }

    private String module(String name, String settings) throws IOException {
        String id = "cert-" + name + "-" + suffix;
        contentImport.importPackage(PackageFolder.valid(id, 1).withModuleSettings(settings)
                .writeTo(Files.createTempDirectory("certificates-it")));
        return id;
    }

    private String learner(String name) {
        String username = name + "-" + suffix;
        accounts.create(username, username + " Name", "a long test password".toCharArray(), "en",
                EnumSet.of(Role.LEARNER));
        return username;
    }
}
