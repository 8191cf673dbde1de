package org.greencustoms.elearning.reporting.control;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Moodle's quiz statistics for a set of attempts. Each value that cannot be computed is empty, never NaN or infinite,
 * and {@link #emptyBecause()} says why.
 *
 * @param attemptCount                     the attempts analysed
 * @param meanPercent                      the mean score, in percent of the most the attempts could score
 * @param medianPercent                    the median score, in percent (the mean of the two middle ones for an even
 *                                         count)
 * @param standardDeviationPercent         the sample standard deviation (n − 1) of the scores, in percent
 * @param skewness                         Moodle's score distribution skewness, k3 / k2^(3/2); needs 3 attempts
 * @param kurtosis                         Moodle's excess kurtosis, k4 / k2²; needs 4 attempts
 * @param completeAttemptCount             the attempts that had every question, which the next three values are
 *                                         computed from (all of them today; fewer once pools draw subsets)
 * @param coefficientOfInternalConsistency Moodle's CIC, Cronbach's alpha × 100: 100 · P / (P − 1) · (1 − Σ V(x_i) /
 *                                         V(X)) over the P questions, sample variances; how much the questions
 *                                         measure the same thing
 * @param errorRatio                       ER = 100 · √(1 − CIC / 100): the share of the scores' spread that is noise,
 *                                         in percent
 * @param standardError                    SE = ER / 100 · the standard deviation of the complete attempts' scores, in
 *                                         percent: how far a learner's score may be from their true score
 * @param questions                        the questions' statistics, in the order the questions were given
 * @param emptyBecause                     why values above are empty (the questions have their own); empty when
 *                                         every value is there
 */
public record QuizStatistics(int attemptCount, OptionalDouble meanPercent, OptionalDouble medianPercent,
        OptionalDouble standardDeviationPercent, OptionalDouble skewness, OptionalDouble kurtosis,
        int completeAttemptCount, OptionalDouble coefficientOfInternalConsistency, OptionalDouble errorRatio,
        OptionalDouble standardError, List<QuestionStatistics> questions, Set<EmptyBecause> emptyBecause) {

    public QuizStatistics {
        questions = List.copyOf(questions);
        emptyBecause = Collections.unmodifiableSet(
                emptyBecause.isEmpty() ? EnumSet.noneOf(EmptyBecause.class) : EnumSet.copyOf(emptyBecause));
    }

    /** Whether a value of the quiz (not of its questions) is empty; {@link #emptyBecause()} says why. */
    public boolean notEnoughData() {
        return !emptyBecause.isEmpty();
    }
}
