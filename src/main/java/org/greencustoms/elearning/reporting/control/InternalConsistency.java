package org.greencustoms.elearning.reporting.control;

import java.util.EnumSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Moodle's coefficient of internal consistency (CIC, Cronbach's alpha × 100), error ratio and standard error, over
 * the attempts that had every question.
 * <p>
 * Alpha sets the questions' variances against the variance of their sum, so all of them must come from the same
 * attempts: an attempt that lacks a question (once pools draw subsets) would be missing from one variance and present
 * in another, and alpha could come out above 1. Such attempts are left out here, and with fewer than 2 complete attempts
 * the three values are empty. Today every attempt has every question, so nothing is left out.
 *
 * @param completeAttemptCount the attempts that had every question, which the values are computed from
 */
record InternalConsistency(int completeAttemptCount, OptionalDouble coefficient, OptionalDouble errorRatio,
        OptionalDouble standardError, Set<EmptyBecause> emptyBecause) {

    static InternalConsistency of(List<AnalysedQuestion> questions, List<AttemptMarks> attempts) {
        List<AttemptMarks> complete = attempts.stream().filter(attempt -> attempt.hasAll(questions)).toList();
        Set<EmptyBecause> emptyBecause = EnumSet.noneOf(EmptyBecause.class);
        double[] totals = complete.stream().mapToDouble(AttemptMarks::total).toArray();
        int p = questions.size();
        double maxMark = questions.stream().mapToDouble(question -> Math.max(0, question.maxMark())).sum();
        if (p < 2) {
            emptyBecause.add(EmptyBecause.FEWER_THAN_TWO_QUESTIONS);
        } else if (complete.size() < 2) {
            emptyBecause.add(EmptyBecause.TOO_FEW_COMPLETE_ATTEMPTS);
        } else if (maxMark <= 0) {
            emptyBecause.add(EmptyBecause.NO_MAX_MARK);
        } else if (!Samples.spread(totals)) {
            emptyBecause.add(EmptyBecause.SAME_TOTAL_FOR_EVERYONE);
        }
        if (!emptyBecause.isEmpty()) {
            return new InternalConsistency(complete.size(), OptionalDouble.empty(), OptionalDouble.empty(),
                    OptionalDouble.empty(), emptyBecause);
        }
        double sumOfQuestionVariances = questions.stream()
                .mapToDouble(question -> Samples.variance(
                        complete.stream().mapToDouble(attempt -> attempt.mark(question.key())).toArray()))
                .sum();
        double totalVariance = Samples.variance(totals);
        double cic = 100.0 * p / (p - 1) * (1 - sumOfQuestionVariances / totalVariance);
        // CIC cannot exceed 100 when every variance comes from the same attempts; the floor absorbs rounding.
        double errorRatio = 100 * Math.sqrt(Math.max(0, 1 - cic / 100));
        double deviationPercent = 100 * Math.sqrt(totalVariance) / maxMark;
        return new InternalConsistency(complete.size(), OptionalDouble.of(cic), OptionalDouble.of(errorRatio),
                OptionalDouble.of(errorRatio / 100 * deviationPercent), emptyBecause);
    }
}
