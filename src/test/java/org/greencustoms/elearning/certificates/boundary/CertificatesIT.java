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
import java.util.concurrent.Future;
import org.greencustoms.elearning.Deployments;
import org.greencustoms.elearning.SignedIn;
import org.greencustoms.elearning.assessment.boundary.AttemptNotFoundException;
import org.greencustoms.elearning.assessment.boundary.AttemptResult;
import org.greencustoms.elearning.assessment.boundary.AttemptReview;
import org.greencustoms.elearning.assessment.boundary.Attempts;
import org.greencustoms.elearning.assessment.boundary.ReviewNotAvailableException;
import org.greencustoms.elearning.assessment.control.Answer;
import org.greencustoms.elearning.assessment.control.ReviewItem;
import org.greencustoms.elearning.content.boundary.ContentImport;
import org.greencustoms.elearning.content.boundary.PackageFolder;

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
    SignedIn signedIn;

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
        reading(learner).markDone(module, "first");
        assertThat(certificates(learner).of("en")).isEmpty();

        reading(learner).markDone(module, "second");
        reading(learner).markDone(module, "second");

        List<CertificateView> issued = certificates(learner).of("fr");
        assertThat(issued).singleElement().satisfies(certificate -> {
            assertThat(certificate.code()).matches("GC-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
            assertThat(certificate.moduleTitle()).isEqualTo("Module d'essai " + module);
            assertThat(certificate.learnerName()).isEqualTo(learner + " Name");
            assertThat(certificate.percent()).isEqualTo(100.0);
            assertThat(certificate.version()).isEqualTo(1);
        });
        String code = issued.get(0).code();
        assertThat(attempts(learner).result(passed.attemptId()).certificate()).isEqualTo(code);
        ModuleProgress progress = learning(learner).modulesOf("en").get(0);
        assertThat(progress.completed()).isTrue();
        assertThat(progress.certificate()).isEqualTo(code);

        assertThat(certificates.verify(code.toLowerCase().replace("-", " "), "en").code())
                .as("typed back loosely").isEqualTo(code);
        assertThat(certificates(learner).mine(code, "en").code()).isEqualTo(code);
        String other = learner("bruno");
        assertThatThrownBy(() -> certificates(other).mine(code, "en")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> certificates.verify("GC-0000-0000-0000", "en")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> certificates.verify("<script>", "en")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aFailedQuizEarnsNoCertificate() throws IOException {
        String module = module("failed", "");
        reading(learner).markDone(module, "first");
        reading(learner).markDone(module, "second");

        assertThat(takeQuiz(learner, module, ALL_WRONG).passed()).isFalse();

        assertThat(certificates(learner).of("en")).isEmpty();
        assertThat(learning(learner).modulesOf("en").get(0).completed()).isFalse();
    }

    @Test
    void aModuleCompletedByItsQuizAloneIssuesTheCertificateOnPassing() throws IOException {
        String module = module("quiz-only", "completion: quiz");

        AttemptResult result = takeQuiz(learner, module, ALL_RIGHT);

        assertThat(result.certificate()).isNotNull();
        assertThat(certificates(learner).of("en")).extracting(CertificateView::moduleId).containsExactly(module);
    }

    @Test
    void completingByReadingAndByPassingAtTheSameTimeIssuesOneCertificate() throws Exception {
        String module = module("race", "");
        reading(learner).markDone(module, "first");
        long attempt = attempts(learner).start(module, "en").id();
        attempts(learner).save(attempt, ALL_RIGHT);
        Callable<Object> read = () -> {
            reading.markDone(module, "second");
            return null;
        };
        Callable<Object> submit = () -> attempts.submit(attempt);

        for (Future<Object> done : signedIn.executor().invokeAll(List.of(read, submit))) {
            done.get();
        }

        assertThat(certificates(learner).of("en")).hasSize(1);
    }

    @Test
    void theReviewShowsKeysFeedbackAndExplanationsWhenThePolicyAllows() throws IOException {
        String module = module("review", "");

        AttemptResult result = takeQuiz(learner, module, Map.of("q1", Answer.single("b")));
        AttemptReview review = attempts(learner).review(result.attemptId(), "en");

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
        assertThatThrownBy(() -> attempts(other).review(result.attemptId(), "en"))
                .isInstanceOf(AttemptNotFoundException.class);
    }

    @Test
    void aModuleThatNeverShowsTheAnswersShowsTheScoreOnly() throws IOException {
        String module = module("never", "review: never");

        AttemptResult result = takeQuiz(learner, module, ALL_RIGHT);

        assertThat(result.reviewAvailable()).isFalse();
        assertThatThrownBy(() -> attempts(learner).review(result.attemptId(), "en"))
                .isInstanceOf(ReviewNotAvailableException.class).hasMessageContaining("never");
    }

    @Test
    void aModuleThatShowsTheAnswersAfterTheLastAttemptWaitsForIt() throws IOException {
        String module = module("after-last", "review: after-last-attempt");

        AttemptResult first = takeQuiz(learner, module, ALL_WRONG);
        assertThat(first.reviewAvailable()).isFalse();
        assertThatThrownBy(() -> attempts(learner).review(first.attemptId(), "en"))
                .isInstanceOf(ReviewNotAvailableException.class).hasMessageContaining("last attempt");

        long open = attempts(learner).start(module, "en").id();
        assertThatThrownBy(() -> attempts(learner).review(first.attemptId(), "en"))
                .as("the last attempt is still open").isInstanceOf(ReviewNotAvailableException.class);
        attempts(learner).save(open, ALL_WRONG);
        AttemptResult second = attempts(learner).submit(open);

        assertThat(second.attemptsUsed()).isEqualTo(2);
        assertThat(second.reviewAvailable()).isTrue();
        assertThat(attempts(learner).review(first.attemptId(), "en").items()).hasSize(2);
    }

    private AttemptResult takeQuiz(String username, String module, Map<String, Answer> answers) {
        long attempt = attempts(username).start(module, "en").id();
        attempts(username).save(attempt, answers);
        return attempts(username).submit(attempt);
    }

    private String module(String name, String settings) throws IOException {
        String id = "cert-" + name + "-" + suffix;
        contentImport.importPackage(PackageFolder.valid(id, 1).withModuleSettings(settings)
                .writeTo(Files.createTempDirectory("certificates-it")));
        return id;
    }

    private String learner(String name) {
        String username = name + "-" + suffix;
        signedIn.create(username, username + " Name", "en", EnumSet.of(Role.LEARNER));
        return username;
    }

    /** The boundary, called by the learner. */
    private Attempts attempts(String learner) {
        signedIn.as(learner);
        return attempts;
    }

    /** The boundary, called by the learner. */
    private Certificates certificates(String learner) {
        signedIn.as(learner);
        return certificates;
    }

    /** The boundary, called by the learner. */
    private Reading reading(String learner) {
        signedIn.as(learner);
        return reading;
    }

    /** The boundary, called by the learner. */
    private Learning learning(String learner) {
        signedIn.as(learner);
        return learning;
    }
}
