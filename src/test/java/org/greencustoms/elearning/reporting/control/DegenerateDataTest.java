package org.greencustoms.elearning.reporting.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;
import static org.greencustoms.elearning.reporting.control.ScoredAttempts.attempt;
import static org.greencustoms.elearning.reporting.control.ScoredAttempts.partial;
import static org.greencustoms.elearning.reporting.control.ScoredAttempts.questions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.stream.Stream;
import org.greencustoms.elearning.reporting.control.QuestionStatistics.Flag;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/** Thin or flat data: values that cannot be computed are empty, with a reason, and never NaN, infinite or thrown. */
class DegenerateDataTest {

    private static Stream<OptionalDouble> values(QuizStatistics statistics) {
        return Stream.of(statistics.meanPercent(), statistics.medianPercent(), statistics.standardDeviationPercent(),
                statistics.skewness(), statistics.kurtosis(), statistics.coefficientOfInternalConsistency(),
                statistics.errorRatio(), statistics.standardError());
    }

    private static Stream<OptionalDouble> values(QuestionStatistics question) {
        return Stream.of(question.facility(), question.standardDeviation(), question.discriminationIndex(),
                question.discriminativeEfficiency());
    }

    private static void assertEveryValueIsFinite(QuizStatistics statistics) {
        Stream.concat(values(statistics), statistics.questions().stream().flatMap(DegenerateDataTest::values))
                .filter(OptionalDouble::isPresent)
                .forEach(value -> assertThat(Double.isFinite(value.getAsDouble())).as("%s", value).isTrue());
    }

    @Test
    void noAttemptLeavesEveryValueEmpty() {
        QuizStatistics statistics = ItemAnalysis.analyse(questions(1, 1), List.of());

        assertThat(statistics.attemptCount()).isZero();
        assertThat(values(statistics)).allMatch(OptionalDouble::isEmpty);
        assertThat(statistics.notEnoughData()).isTrue();
        assertThat(statistics.emptyBecause()).contains(EmptyBecause.NO_ATTEMPT);
        assertThat(statistics.questions()).allSatisfy(question -> {
            assertThat(question.attemptCount()).isZero();
            assertThat(values(question)).allMatch(OptionalDouble::isEmpty);
            assertThat(question.flags()).isEmpty();
            assertThat(question.emptyBecause()).containsExactly(EmptyBecause.NO_ATTEMPT);
        });
    }

    @Test
    void oneAttemptHasAScoreAndFacilitiesButNoSpread() {
        QuizStatistics statistics = ItemAnalysis.analyse(questions(1, 1), List.of(attempt(1, 0)));

        assertThat(statistics.meanPercent()).hasValue(50);
        assertThat(statistics.medianPercent()).hasValue(50);
        assertThat(statistics.standardDeviationPercent()).isEmpty();
        assertThat(statistics.skewness()).isEmpty();
        assertThat(statistics.kurtosis()).isEmpty();
        assertThat(statistics.coefficientOfInternalConsistency()).isEmpty();
        assertThat(statistics.errorRatio()).isEmpty();
        assertThat(statistics.standardError()).isEmpty();
        assertThat(statistics.emptyBecause()).contains(EmptyBecause.TOO_FEW_ATTEMPTS,
                EmptyBecause.TOO_FEW_COMPLETE_ATTEMPTS);
        QuestionStatistics q1 = statistics.questions().get(0);
        assertThat(q1.facility()).hasValue(1);
        assertThat(q1.standardDeviation()).isEmpty();
        assertThat(q1.discriminationIndex()).isEmpty();
        assertThat(q1.discriminativeEfficiency()).isEmpty();
        assertThat(q1.emptyBecause()).containsExactly(EmptyBecause.TOO_FEW_ATTEMPTS);
        assertThat(q1.flags()).containsExactly(Flag.TOO_EASY);
        assertThat(statistics.questions().get(1).flags()).containsExactly(Flag.TOO_HARD);
    }

    @Test
    void theSameMarkForEveryoneHasNoDiscriminationAndNoDiscriminationFlag() {
        QuizStatistics statistics = ItemAnalysis.analyse(questions(1, 1, 1), List.of(
                attempt(1, 0.5, 1), attempt(0, 0.5, 1), attempt(1, 0.5, 0), attempt(0, 0.5, 0)));

        QuestionStatistics flat = statistics.questions().get(1);
        assertThat(flat.facility()).hasValue(0.5);
        assertThat(flat.standardDeviation()).hasValue(0);
        assertThat(flat.discriminationIndex()).isEmpty();
        assertThat(flat.discriminativeEfficiency()).isEmpty();
        assertThat(flat.emptyBecause()).containsExactly(EmptyBecause.SAME_MARK_FOR_EVERYONE);
        assertThat(flat.flags()).isEmpty();
        assertEveryValueIsFinite(statistics);
    }

    @Test
    void marksThatAreEqualButForRoundingCountAsTheSame() {
        // 0.1 + 0.2 is not 0.3 in binary: the totals differ by 5.5e-17 and must not make a correlation of noise.
        QuizStatistics statistics = ItemAnalysis.analyse(questions(1, 1, 1), List.of(
                attempt(0.1, 0.2, 1), attempt(0.3, 0, 0), attempt(0.1, 0.2, 1), attempt(0.3, 0, 0)));

        QuestionStatistics q3 = statistics.questions().get(2);
        assertThat(q3.discriminationIndex()).isEmpty();
        assertThat(q3.emptyBecause()).containsExactly(EmptyBecause.SAME_REST_OF_TEST_FOR_EVERYONE);
    }

    @Test
    void aRestOfTheTestThatNeverChangesHasNoDiscrimination() {
        // With two questions, the rest of the test for q1 is q2, which everyone has right.
        QuizStatistics statistics = ItemAnalysis.analyse(questions(1, 1), List.of(
                attempt(1, 1), attempt(0, 1), attempt(1, 1)));

        QuestionStatistics q1 = statistics.questions().get(0);
        assertThat(q1.facility()).hasValueCloseTo(2.0 / 3, within(1e-12));
        assertThat(q1.standardDeviation()).isPresent();
        assertThat(q1.discriminationIndex()).isEmpty();
        assertThat(q1.discriminativeEfficiency()).isEmpty();
        assertThat(q1.emptyBecause()).containsExactly(EmptyBecause.SAME_REST_OF_TEST_FOR_EVERYONE);
        assertThat(q1.flags()).isEmpty();
        QuestionStatistics q2 = statistics.questions().get(1);
        assertThat(q2.emptyBecause()).containsExactly(EmptyBecause.SAME_MARK_FOR_EVERYONE);
        assertThat(q2.flags()).containsExactly(Flag.TOO_EASY);
    }

    @Test
    void aQuestionNobodyHadIsEmptyAndLeavesNoCompleteAttempt() {
        QuizStatistics statistics = ItemAnalysis.analyse(questions(1, 1, 1), List.of(
                partial("q1", 1, "q2", 0), partial("q1", 0, "q2", 1), partial("q1", 1, "q2", 1),
                partial("q1", 0, "q2", 0)));

        QuestionStatistics q3 = statistics.questions().get(2);
        assertThat(q3.attemptCount()).isZero();
        assertThat(values(q3)).allMatch(OptionalDouble::isEmpty);
        assertThat(q3.flags()).isEmpty();
        assertThat(q3.emptyBecause()).containsExactly(EmptyBecause.NO_ATTEMPT);
        assertThat(statistics.questions().get(0).discriminationIndex()).isPresent();
        assertThat(statistics.completeAttemptCount()).isZero();
        assertThat(statistics.coefficientOfInternalConsistency()).isEmpty();
        assertThat(statistics.emptyBecause()).containsExactly(EmptyBecause.TOO_FEW_COMPLETE_ATTEMPTS);
    }

    @Test
    void anAttemptsPercentIsOverTheQuestionsItHad() {
        QuizStatistics statistics = ItemAnalysis.analyse(questions(1, 1, 2), List.of(
                partial("q1", 1, "q2", 0), partial("q1", 1, "q3", 2), attempt(1, 1, 0)));

        // 1 of 2, 3 of 3 and 2 of 4.
        assertThat(statistics.meanPercent()).hasValueCloseTo((50 + 100 + 50) / 3.0, within(1e-9));
        assertThat(statistics.completeAttemptCount()).isEqualTo(1);
    }

    @Test
    void onlyTheAttemptsWithEveryQuestionMakeTheInternalConsistency() {
        List<ScoredAttempt> complete = List.of(attempt(1, 2, 1), attempt(1, 1, 0), attempt(0, 2, 1),
                attempt(1, 0, 0), attempt(0, 1, 0));
        List<ScoredAttempt> withIncomplete = new ArrayList<>(complete);
        withIncomplete.add(partial("q1", 1, "q2", 2));

        QuizStatistics statistics = ItemAnalysis.analyse(questions(1, 2, 1), withIncomplete);

        assertThat(statistics.attemptCount()).isEqualTo(6);
        assertThat(statistics.completeAttemptCount()).isEqualTo(5);
        assertThat(statistics.coefficientOfInternalConsistency())
                .isEqualTo(ItemAnalysis.analyse(questions(1, 2, 1), complete).coefficientOfInternalConsistency());
    }

    @Test
    void theSameTotalForEveryoneHasNoShapeAndNoConsistency() {
        QuizStatistics statistics = ItemAnalysis.analyse(questions(1, 1), List.of(
                attempt(1, 0), attempt(0, 1), attempt(1, 0), attempt(0, 1)));

        assertThat(statistics.standardDeviationPercent()).hasValue(0);
        assertThat(statistics.skewness()).isEmpty();
        assertThat(statistics.kurtosis()).isEmpty();
        assertThat(statistics.coefficientOfInternalConsistency()).isEmpty();
        assertThat(statistics.errorRatio()).isEmpty();
        assertThat(statistics.standardError()).isEmpty();
        assertThat(statistics.emptyBecause()).containsExactly(EmptyBecause.SAME_TOTAL_FOR_EVERYONE);
    }

    @Test
    void skewnessNeedsThreeAttemptsAndKurtosisFour() {
        QuizStatistics two = ItemAnalysis.analyse(questions(1, 1), List.of(attempt(1, 1), attempt(0, 1)));
        QuizStatistics three = ItemAnalysis.analyse(questions(1, 1), List.of(
                attempt(1, 1), attempt(0, 1), attempt(0, 0)));

        assertThat(two.standardDeviationPercent()).isPresent();
        assertThat(two.coefficientOfInternalConsistency()).isPresent();
        assertThat(two.skewness()).isEmpty();
        assertThat(two.kurtosis()).isEmpty();
        assertThat(three.skewness()).isPresent();
        assertThat(three.kurtosis()).isEmpty();
        assertThat(three.emptyBecause()).containsExactly(EmptyBecause.TOO_FEW_ATTEMPTS);
    }

    @Test
    void internalConsistencyNeedsTwoQuestions() {
        QuizStatistics statistics = ItemAnalysis.analyse(questions(1), List.of(
                attempt(1), attempt(0), attempt(1), attempt(0)));

        assertThat(statistics.coefficientOfInternalConsistency()).isEmpty();
        assertThat(statistics.emptyBecause()).containsExactly(EmptyBecause.FEWER_THAN_TWO_QUESTIONS);
        QuestionStatistics only = statistics.questions().get(0);
        assertThat(only.emptyBecause()).containsExactly(EmptyBecause.SAME_REST_OF_TEST_FOR_EVERYONE);
    }

    @Test
    void aQuestionWorthNothingHasNoFacilityAndNoFlag() {
        QuizStatistics statistics = ItemAnalysis.analyse(questions(0, 1), List.of(
                attempt(0, 1), attempt(0, 0), attempt(0, 1)));

        QuestionStatistics survey = statistics.questions().get(0);
        assertThat(values(survey)).allMatch(OptionalDouble::isEmpty);
        assertThat(survey.flags()).isEmpty();
        assertThat(survey.emptyBecause()).containsExactly(EmptyBecause.NO_MAX_MARK);
    }

    @Test
    void aQuizWorthNothingHasNoPercent() {
        QuizStatistics statistics = ItemAnalysis.analyse(questions(0, 0), List.of(attempt(0, 0), attempt(0, 0)));

        assertThat(values(statistics)).allMatch(OptionalDouble::isEmpty);
        assertThat(statistics.emptyBecause()).contains(EmptyBecause.NO_MAX_MARK);
    }

    @Test
    void noQuestionAtAll() {
        QuizStatistics statistics = ItemAnalysis.analyse(List.of(), List.of(attempt(1), attempt(0)));

        assertThat(statistics.questions()).isEmpty();
        assertThat(values(statistics)).allMatch(OptionalDouble::isEmpty);
        assertThat(statistics.notEnoughData()).isTrue();
    }

    @RepeatedTest(200)
    void smallRandomQuizzesNeverGiveNaNOrInfinity(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition());
        int questionCount = random.nextInt(4);
        double[] maxMarks = new double[questionCount];
        for (int q = 0; q < questionCount; q++) {
            maxMarks[q] = random.nextInt(3);
        }
        List<ScoredAttempt> attempts = new ArrayList<>();
        for (int a = random.nextInt(7); a > 0; a--) {
            Map<String, Double> marks = new HashMap<>();
            for (int q = 0; q < questionCount; q++) {
                if (random.nextInt(5) > 0) {
                    // Nothing, half or all of the marks; × 0.1 × 10 brings in binary rounding, as real marks do.
                    marks.put("q" + (q + 1), maxMarks[q] * random.nextInt(3) / 2 * 0.1 * 10);
                }
            }
            attempts.add(new ScoredAttempt(random.nextBoolean() ? "en" : "fr", marks));
        }

        QuizStatistics statistics = ItemAnalysis.analyse(questions(maxMarks), attempts);

        assertEveryValueIsFinite(statistics);
        assertThat(statistics.notEnoughData()).isEqualTo(values(statistics).anyMatch(OptionalDouble::isEmpty));
        ItemAnalysis.byLanguage(questions(maxMarks), attempts).byLanguage().values()
                .forEach(DegenerateDataTest::assertEveryValueIsFinite);
    }

    @Test
    void aMarkThatIsNotANumberIsRefusedAtTheDoor() {
        assertThatIllegalArgumentException().isThrownBy(() -> attempt(1, Double.NaN));
        assertThatIllegalArgumentException().isThrownBy(() -> new AnalysedQuestion("q1", Double.POSITIVE_INFINITY,
                "Question 1"));
    }
}
