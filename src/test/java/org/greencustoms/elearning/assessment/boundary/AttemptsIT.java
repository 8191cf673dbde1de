package org.greencustoms.elearning.assessment.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import org.greencustoms.elearning.Deployments;
import org.greencustoms.elearning.SignedIn;
import org.greencustoms.elearning.TestClock;
import org.greencustoms.elearning.assessment.control.Answer;
import org.greencustoms.elearning.assessment.control.QuestionView;
import org.greencustoms.elearning.content.boundary.ContentImport;
import org.greencustoms.elearning.content.boundary.PackageFolder;

import org.greencustoms.elearning.people.entity.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Attempts on Liberty: the drawn order kept, answers saved and checked, the attempt limit, the deadline, scoping to
 * the learner, and exactly one grade when two requests submit at once. Each test has its own module and learners.
 * The test package's quiz: q1 single choice (a is right, 1 point), q2 true/false (true, 2 points); 2 attempts,
 * 20 minutes, pass mark 60%.
 */
@ExtendWith(ArquillianExtension.class)
class AttemptsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.builtWarWithAssertions("attempts-it").addClasses(PackageFolder.class, TestClock.class);
    }

    @Inject
    Attempts attempts;

    @Inject
    ContentImport contentImport;

    @Inject
    SignedIn signedIn;

    private String module;
    private String amina;
    private String bruno;

    @BeforeEach
    void setUp() throws IOException {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        module = "quiz-" + suffix;
        contentImport.importPackage(PackageFolder.valid(module, 1).writeTo(Files.createTempDirectory("attempts-it")));
        amina = learner("amina-" + suffix);
        bruno = learner("bruno-" + suffix);
    }

    @Test
    void theDrawnOrderIsStoredSoThatAReloadShowsTheSameQuiz() {
        AttemptView started = attempts(amina).start(module, "en");
        AttemptView reloaded = attempts(amina).get(started.id(), "en");

        assertThat(started.questions()).extracting(QuestionView::key).containsExactlyInAnyOrder("q1", "q2");
        assertThat(reloaded.questions()).isEqualTo(started.questions());
        assertThat(attempts(amina).start(module, "en").id()).as("a second start resumes").isEqualTo(started.id());
    }

    @Test
    void aSaveOvertakenOnTheNetworkDoesNotReplaceTheNewerAnswer() {
        AttemptView attempt = attempts(amina).start(module, "en");

        attempts(amina).save(attempt.id(), Map.of("q1", Answer.single("b")), 20L);
        attempts(amina).save(attempt.id(), Map.of("q1", Answer.single("a"), "q2", Answer.trueFalse(true)), 10L);

        assertThat(attempts(amina).get(attempt.id(), "en").answers())
                .containsEntry("q1", Answer.single("b")).containsEntry("q2", Answer.trueFalse(true));
        attempts(amina).save(attempt.id(), Map.of("q1", Answer.single("a")), 30L);
        assertThat(attempts(amina).get(attempt.id(), "en").answers()).containsEntry("q1", Answer.single("a"));
    }

    @Test
    void theAnswerKeyNeverReachesTheLearnerBeforeSubmitting() {
        String json = JsonbBuilder.create().toJson(attempts(amina).start(module, "en"));

        assertThat(json).doesNotContain("correct", "fraction", "feedback", "explanation", "\"answer\"");
        assertThat(json).contains("Annex VIII", "Annex IX");
    }

    @Test
    void savedAnswersSurviveAReloadAndAreGradedOnSubmit() {
        AttemptView attempt = attempts(amina).start(module, "en");
        attempts(amina).save(attempt.id(), Map.of("q1", Answer.single("a")));
        attempts(amina).save(attempt.id(), Map.of("q2", Answer.trueFalse(true)));

        assertThat(attempts(amina).get(attempt.id(), "en").answers())
                .containsEntry("q1", Answer.single("a")).containsEntry("q2", Answer.trueFalse(true));
        AttemptResult result = attempts(amina).submit(attempt.id());
        assertThat(result.percent()).isEqualTo(100.0);
        assertThat(result.passed()).isTrue();
    }

    @Test
    void aWrongAnswerIsGradedAgainstThePassMark() {
        AttemptView attempt = attempts(amina).start(module, "en");
        attempts(amina).save(attempt.id(), Map.of("q1", Answer.single("a"), "q2", Answer.trueFalse(false)));

        AttemptResult result = attempts(amina).submit(attempt.id());

        assertThat(result.points()).isEqualTo(1.0);
        assertThat(result.percent()).isEqualTo(33.33);
        assertThat(result.passed()).isFalse();
    }

    @Test
    void impossibleAnswersAreRefusedWholeAndChangeNothing() {
        AttemptView attempt = attempts(amina).start(module, "en");
        attempts(amina).save(attempt.id(), Map.of("q1", Answer.single("b")));

        assertThatThrownBy(() -> attempts(amina).save(attempt.id(), Map.of(
                "q1", Answer.single("z"), "q9", Answer.single("a"), "q2", Answer.single("a"))))
                .isInstanceOfSatisfying(InvalidAnswerException.class, e -> assertThat(e.details()).hasSize(3));
        assertThat(attempts(amina).get(attempt.id(), "en").answers()).containsOnly(Map.entry("q1", Answer.single("b")));
    }

    @Test
    void aLearnerCannotSeeOrChangeAnotherLearnersAttempt() {
        AttemptView attempt = attempts(amina).start(module, "en");

        assertThatThrownBy(() -> attempts(bruno).get(attempt.id(), "en")).isInstanceOf(AttemptNotFoundException.class);
        assertThatThrownBy(() -> attempts(bruno).save(attempt.id(), Map.of("q1", Answer.single("a"))))
                .isInstanceOf(AttemptNotFoundException.class);
        assertThatThrownBy(() -> attempts(bruno).submit(attempt.id())).isInstanceOf(AttemptNotFoundException.class);
        assertThat(attempts(amina).get(attempt.id(), "en").answers()).isEmpty();
        assertThat(attempts(amina).get(attempt.id(), "en").submitted()).isFalse();
    }

    @Test
    void theAttemptLimitIsEnforced() {
        attempts(amina).submit(attempts(amina).start(module, "en").id());
        attempts(amina).submit(attempts(amina).start(module, "en").id());

        assertThatThrownBy(() -> attempts(amina).start(module, "en")).isInstanceOf(AttemptLimitReachedException.class);
        assertThat(attempts(bruno).start(module, "en").number()).as("others still may").isEqualTo(1);
    }

    @Test
    void atTheDeadlineTheAttemptIsGradedWithTheAnswersSavedByThen() {
        AttemptView attempt = attempts(amina).start(module, "en");
        attempts(amina).save(attempt.id(), Map.of("q2", Answer.trueFalse(true)));

        TestClock.advance(Duration.ofMinutes(21));

        assertThatThrownBy(() -> attempts(amina).save(attempt.id(), Map.of("q1", Answer.single("a"))))
                .isInstanceOf(AttemptClosedException.class).hasMessageContaining("time is up");
        AttemptResult result = attempts(amina).submit(attempt.id());
        assertThat(result.submittedAt()).isEqualTo(attempt.deadline());
        assertThat(result.points()).isEqualTo(2.0);
        assertThat(result.percent()).isEqualTo(66.67);
    }

    @Test
    void twoSubmissionsAtOnceGiveExactlyOneGrade() throws Exception {
        AttemptView attempt = attempts(amina).start(module, "en");
        attempts(amina).save(attempt.id(), Map.of("q1", Answer.single("a")));
        Callable<AttemptResult> submit = () -> attempts.submit(attempt.id());

        List<Future<AttemptResult>> both = signedIn.executor().invokeAll(List.of(submit, submit));
        AttemptResult first = both.get(0).get();
        AttemptResult second = both.get(1).get();

        assertThat(second).isEqualTo(first);
        assertThat(attempts(amina).submit(attempt.id())).as("a replayed submit").isEqualTo(first);
        assertThatThrownBy(() -> attempts(amina).save(attempt.id(), Map.of("q2", Answer.trueFalse(true))))
                .isInstanceOf(AttemptClosedException.class).hasMessageContaining("submitted");
    }

    @Test
    void matchingItemsDoNotGiveAwayTheirPairsAndAreGradedThroughTheIdsShown() throws IOException {
        String matching = module + "-m";
        contentImport.importPackage(PackageFolder.valid(matching, 1).with("quiz.yaml", """
                questions:
                  - id: annexes
                    type: matching
                    prompt: Match each list with its annex.
                    pairs:
                      - {id: p1, left: List A, right: Annex VIII}
                      - {id: p2, left: List B, right: Annex IX}
                      - {id: p3, left: Y-codes, right: Annex I}
                    distractors: [Annex III]
                    tags: [annex:Basel-VIII]
                """).writeTo(Files.createTempDirectory("attempts-it")));
        AttemptView attempt = attempts(amina).start(matching, "en");
        QuestionView question = attempt.questions().get(0);

        assertThat(question.choices()).extracting(QuestionView.Item::id).containsExactly("r1", "r2", "r3", "r4");
        Map<String, String> right = Map.of("List A", "Annex VIII", "List B", "Annex IX", "Y-codes", "Annex I");
        Map<String, String> matches = new java.util.HashMap<>();
        for (QuestionView.Item left : question.leftItems()) {
            String wanted = right.get(left.text());
            matches.put(left.id(), question.choices().stream().filter(c -> c.text().equals(wanted))
                    .findFirst().orElseThrow().id());
        }
        attempts(amina).save(attempt.id(), Map.of("annexes", Answer.matching(matches)));

        assertThat(attempts(amina).submit(attempt.id()).percent()).isEqualTo(100.0);
    }

    private String learner(String username) {
        signedIn.create(username, username, "en", EnumSet.of(Role.LEARNER));
        return username;
    }

    /** The boundary, called by the learner. */
    private Attempts attempts(String learner) {
        signedIn.as(learner);
        return attempts;
    }
}
