package org.greencustoms.elearning.reporting.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.greencustoms.elearning.reporting.control.ScoredAttempts.attempt;
import static org.greencustoms.elearning.reporting.control.ScoredAttempts.questions;

import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Five attempts at three questions, worked out by hand. q2 is worth 2 points (1 is partial credit), q1 and q3 one
 * point each, so the quiz is worth 4.
 *
 * <pre>
 *  attempt   q1  q2  q3 |  X | percent | rest of test X − x: for q1  for q2  for q3
 *  A          1   2   1 |  4 |   100   |                        3       2       3
 *  B          1   1   0 |  2 |    50   |                        1       1       2
 *  C          0   2   1 |  3 |    75   |                        3       1       2
 *  D          1   0   0 |  1 |    25   |                        0       1       1
 *  E          0   1   0 |  1 |    25   |                        1       0       1
 *  mean      .6 1.2  .4 |2.2 |    55   |                      1.6     1.0     1.8
 * </pre>
 *
 * Deviations from the mean and sample (n − 1 = 4) variances and covariances:
 * <pre>
 *  q1: x − x̄ = .4 .4 −.6 .4 −.6        V = (3 × .16 + 2 × .36) / 4 = 1.2 / 4 = .3
 *      r − r̄ = 1.4 −.6 1.4 −1.6 −.6    V = (1.96 + .36 + 1.96 + 2.56 + .36) / 4 = 7.2 / 4 = 1.8
 *      Cov = (.56 − .24 − .84 − .64 + .36) / 4 = −.8 / 4 = −.2
 *      sorted x 0 0 1 1 1 with sorted r 0 1 1 3 3: Cov_max = (.96 + .36 − .24 + .56 + .56) / 4 = 2.2 / 4 = .55
 *  q2: x − x̄ = .8 −.2 .8 −1.2 −.2      V = (.64 + .04 + .64 + 1.44 + .04) / 4 = 2.8 / 4 = .7
 *      r − r̄ = 1 0 0 0 −1              V = 2 / 4 = .5
 *      Cov = (.8 + .2) / 4 = .25
 *      sorted x 0 1 1 2 2 with sorted r 0 1 1 1 2: Cov_max = (1.2 + .8) / 4 = .5
 *  q3: x − x̄ = .6 −.4 .6 −.4 −.4       V = (2 × .36 + 3 × .16) / 4 = 1.2 / 4 = .3
 *      r − r̄ = 1.2 .2 .2 −.8 −.8       V = (1.44 + .04 + .04 + .64 + .64) / 4 = 2.8 / 4 = .7
 *      Cov = (.72 − .08 + .12 + .32 + .32) / 4 = 1.4 / 4 = .35
 *      sorted x 0 0 0 1 1 with sorted r 1 1 2 2 3: Cov_max = (.32 + .32 − .08 + .12 + .72) / 4 = 1.4 / 4 = .35
 *  X:  X − X̄ = 1.8 −.2 .8 −1.2 −1.2    V = (3.24 + .04 + .64 + 1.44 + 1.44) / 4 = 6.8 / 4 = 1.7
 * </pre>
 *
 * Then facility = x̄ / max, SD = √V(x) / max, discrimination index = 100 Cov / √(V(x) V(r)), discriminative
 * efficiency = 100 Cov / Cov_max; CIC = 100 · 3/2 · (1 − (.3 + .7 + .3) / 1.7) = 600 / 17, ER = 100 √(1 − 6/17) =
 * 100 √(11/17), SD of the percents = 100 √1.7 / 4, SE = ER / 100 × SD. Skewness and kurtosis from the percents'
 * deviations 45 −5 20 −30 −30: m2 = 850, m3 = 9000, m4 = 1 176 250, k2 = 5 m2 / 4 = 1062.5, k3 = 25 m3 / 12 = 18 750,
 * k4 = 25 (6 m4 − 12 m2²) / 24 = −1 679 687.5; skewness = k3 / k2^1.5, kurtosis = k4 / k2².
 * <p>
 * The decimals below were checked independently with NumPy and SciPy (numpy.cov and numpy.var with ddof=1,
 * scipy.stats.pearsonr for the discrimination index, scipy.stats.skew and scipy.stats.kurtosis with bias=False,
 * Cronbach's alpha from the trace and sum of the covariance matrix); they agree to 10 decimals.
 */
class ItemAnalysisTest {

    private static final Offset<Double> CLOSE = within(1e-6);

    private final QuizStatistics statistics = ItemAnalysis.analyse(questions(1, 2, 1), List.of(
            attempt(1, 2, 1), attempt(1, 1, 0), attempt(0, 2, 1), attempt(1, 0, 0), attempt(0, 1, 0)));

    private QuestionStatistics question(int number) {
        return statistics.questions().get(number - 1);
    }

    @Test
    void theTestScoresAreInPercentOfTheQuizsMarks() {
        assertThat(statistics.attemptCount()).isEqualTo(5);
        assertThat(statistics.meanPercent()).hasValueCloseTo(55.0, CLOSE);
        assertThat(statistics.medianPercent()).hasValueCloseTo(50.0, CLOSE);
        assertThat(statistics.standardDeviationPercent()).hasValueCloseTo(32.5960120260, CLOSE);
        assertThat(statistics.skewness()).hasValueCloseTo(0.5413870510, CLOSE);
        assertThat(statistics.kurtosis()).hasValueCloseTo(-1.4878892734, CLOSE);
    }

    @Test
    void internalConsistencyErrorRatioAndStandardError() {
        assertThat(statistics.completeAttemptCount()).isEqualTo(5);
        assertThat(statistics.coefficientOfInternalConsistency()).hasValueCloseTo(35.2941176471, CLOSE);
        assertThat(statistics.errorRatio()).hasValueCloseTo(80.4399666540, CLOSE);
        assertThat(statistics.standardError()).hasValueCloseTo(26.2202212043, CLOSE);
        assertThat(statistics.notEnoughData()).isFalse();
        assertThat(statistics.emptyBecause()).isEmpty();
    }

    @Test
    void aQuestionThatTheStrongerLearnersMissDiscriminatesNegatively() {
        QuestionStatistics q1 = question(1);

        assertThat(q1.key()).isEqualTo("q1");
        assertThat(q1.label()).isEqualTo("Question 1");
        assertThat(q1.maxMark()).isEqualTo(1);
        assertThat(q1.attemptCount()).isEqualTo(5);
        assertThat(q1.facility()).hasValueCloseTo(0.6, CLOSE);
        assertThat(q1.standardDeviation()).hasValueCloseTo(0.5477225575, CLOSE);
        assertThat(q1.discriminationIndex()).hasValueCloseTo(-27.2165526976, CLOSE);
        assertThat(q1.discriminativeEfficiency()).hasValueCloseTo(-36.3636363636, CLOSE);
        assertThat(q1.flags()).containsExactly(QuestionStatistics.Flag.NEGATIVE_DISCRIMINATION);
    }

    @Test
    void partialCreditCountsAsAFractionOfTheQuestionsMarks() {
        QuestionStatistics q2 = question(2);

        assertThat(q2.maxMark()).isEqualTo(2);
        assertThat(q2.facility()).hasValueCloseTo(0.6, CLOSE);
        assertThat(q2.standardDeviation()).hasValueCloseTo(0.4183300133, CLOSE);
        assertThat(q2.discriminationIndex()).hasValueCloseTo(42.2577127364, CLOSE);
        assertThat(q2.discriminativeEfficiency()).hasValueCloseTo(50.0, CLOSE);
        assertThat(q2.flags()).isEmpty();
    }

    @Test
    void aQuestionWhoseMarksFollowTheRestOfTheTestInOrderIsFullyEfficient() {
        QuestionStatistics q3 = question(3);

        assertThat(q3.facility()).hasValueCloseTo(0.4, CLOSE);
        assertThat(q3.standardDeviation()).hasValueCloseTo(0.5477225575, CLOSE);
        assertThat(q3.discriminationIndex()).hasValueCloseTo(76.3762615826, CLOSE);
        assertThat(q3.discriminativeEfficiency()).hasValueCloseTo(100.0, CLOSE);
        assertThat(q3.flags()).isEmpty();
        assertThat(q3.notEnoughData()).isFalse();
    }

    @Test
    void theQuestionsKeepTheirOrder() {
        assertThat(statistics.questions()).extracting(QuestionStatistics::key).containsExactly("q1", "q2", "q3");
    }

    @Test
    void marksForQuestionsOutsideTheAnalysisAreIgnored() {
        List<ScoredAttempt> withExtra = List.of(attempt(1, 2, 1, 5), attempt(1, 1, 0, 0), attempt(0, 2, 1, 5),
                attempt(1, 0, 0, 1), attempt(0, 1, 0, 3));

        assertThat(ItemAnalysis.analyse(questions(1, 2, 1), withExtra)).isEqualTo(statistics);
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheTwoMiddleScores() {
        QuizStatistics four = ItemAnalysis.analyse(questions(1, 1), List.of(
                attempt(0, 0), attempt(1, 0), attempt(1, 1), attempt(1, 1)));

        assertThat(four.medianPercent()).hasValueCloseTo(75.0, CLOSE);
    }
}
