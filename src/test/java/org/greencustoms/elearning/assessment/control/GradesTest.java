package org.greencustoms.elearning.assessment.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.greencustoms.elearning.catalog.entity.GradingMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class GradesTest {

    private final List<Double> attempts = List.of(60.0, 85.5, 72.25);

    private static QuestionScore points(double points) {
        return new QuestionScore(1, points, List.of());
    }

    @Test
    void percentIsThePointsEarnedOverTheQuizsPoints() {
        assertThat(Grades.percent(List.of(points(1), points(0), points(2)), 4)).isEqualTo(75.0);
    }

    @Test
    void percentIsRoundedToTwoDecimalsHalfUp() {
        assertThat(Grades.percent(List.of(points(2)), 3)).isEqualTo(66.67);
        assertThat(Grades.percent(List.of(points(1)), 3)).isEqualTo(33.33);
        assertThat(Grades.percent(List.of(points(1)), 8)).isEqualTo(12.5);
        assertThat(Grades.percent(List.of(points(0.12345)), 1)).isEqualTo(12.35);
    }

    @Test
    void partialCreditCountsInThePercent() {
        List<QuestionScore> scores = List.of(QuestionScore.of(2.0 / 3, 1), QuestionScore.of(0.5, 4),
                QuestionScore.of(1, 1));

        assertThat(Grades.percent(scores, 6)).isEqualTo(61.11);
    }

    @Test
    void aQuizWorthNoPointsGivesZero() {
        assertThat(Grades.percent(List.of(), 0)).isZero();
        assertThat(Grades.percent(List.of(points(0)), 0)).isZero();
    }

    @Test
    void noAnswersGiveZero() {
        assertThat(Grades.percent(List.of(), 10)).isZero();
    }

    @ParameterizedTest
    @CsvSource({"70, 70, true", "70.01, 70, true", "69.99, 70, false", "100, 100, true", "0, 0, true",
        "0, 1, false"})
    void aPercentExactlyAtThePassMarkPasses(double percent, int passMark, boolean passed) {
        assertThat(Grades.passed(percent, passMark)).isEqualTo(passed);
    }

    @Test
    void aRoundedPercentAtThePassMarkPasses() {
        double percent = Grades.percent(List.of(points(0.69999)), 1);

        assertThat(percent).isEqualTo(70.0);
        assertThat(Grades.passed(percent, 70)).isTrue();
    }

    @Test
    void highestTakesTheBestAttempt() {
        assertThat(Grades.moduleGrade(GradingMethod.HIGHEST, attempts)).hasValue(85.5);
    }

    @Test
    void firstTakesTheFirstAttempt() {
        assertThat(Grades.moduleGrade(GradingMethod.FIRST, attempts)).hasValue(60.0);
    }

    @Test
    void lastTakesTheLatestAttempt() {
        assertThat(Grades.moduleGrade(GradingMethod.LAST, attempts)).hasValue(72.25);
    }

    @Test
    void averageIsTheMeanToTwoDecimals() {
        assertThat(Grades.moduleGrade(GradingMethod.AVERAGE, attempts)).hasValue(72.58);
        assertThat(Grades.moduleGrade(GradingMethod.AVERAGE, List.of(50.0, 100.0))).hasValue(75.0);
    }

    @ParameterizedTest
    @EnumSource(GradingMethod.class)
    void oneAttemptIsTheGradeWhateverTheMethod(GradingMethod method) {
        assertThat(Grades.moduleGrade(method, List.of(42.5))).hasValue(42.5);
    }

    @ParameterizedTest
    @EnumSource(GradingMethod.class)
    void noAttemptMeansNoGrade(GradingMethod method) {
        assertThat(Grades.moduleGrade(method, List.of())).isEmpty();
    }
}
