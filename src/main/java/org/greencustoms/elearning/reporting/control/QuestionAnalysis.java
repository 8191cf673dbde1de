package org.greencustoms.elearning.reporting.control;

import java.util.EnumSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

/** The statistics of one question, from the marks of the attempts that had it, as Moodle's question calculator. */
final class QuestionAnalysis {

    static final double TOO_HARD_BELOW = 0.20;
    static final double TOO_EASY_ABOVE = 0.95;

    /** A correlation computed as −1e-17 from marks that do not correlate at all is not a negative discrimination. */
    private static final double ROUNDING = 1e-9;

    private QuestionAnalysis() {
    }

    static QuestionStatistics of(AnalysedQuestion question, List<AttemptMarks> attempts) {
        List<AttemptMarks> had = attempts.stream().filter(attempt -> attempt.has(question.key())).toList();
        double[] marks = had.stream().mapToDouble(attempt -> attempt.mark(question.key())).toArray();
        double[] rests = had.stream().mapToDouble(attempt -> attempt.total() - attempt.mark(question.key())).toArray();
        double max = question.maxMark();

        OptionalDouble facility = OptionalDouble.empty();
        OptionalDouble deviation = OptionalDouble.empty();
        OptionalDouble discrimination = OptionalDouble.empty();
        OptionalDouble efficiency = OptionalDouble.empty();
        Set<EmptyBecause> emptyBecause = EnumSet.noneOf(EmptyBecause.class);
        if (marks.length == 0) {
            emptyBecause.add(EmptyBecause.NO_ATTEMPT);
        } else if (max <= 0) {
            emptyBecause.add(EmptyBecause.NO_MAX_MARK);
        } else {
            facility = OptionalDouble.of(Samples.mean(marks) / max);
            if (marks.length < 2) {
                emptyBecause.add(EmptyBecause.TOO_FEW_ATTEMPTS);
            } else {
                deviation = OptionalDouble.of(Math.sqrt(Samples.variance(marks)) / max);
                if (!Samples.spread(marks)) {
                    emptyBecause.add(EmptyBecause.SAME_MARK_FOR_EVERYONE);
                } else if (!Samples.spread(rests)) {
                    emptyBecause.add(EmptyBecause.SAME_REST_OF_TEST_FOR_EVERYONE);
                } else {
                    double covariance = Samples.covariance(marks, rests);
                    double correlation = covariance / Math.sqrt(Samples.variance(marks) * Samples.variance(rests));
                    // Rounding can put a perfect correlation a hair beyond ±1.
                    discrimination = OptionalDouble.of(100 * Math.max(-1, Math.min(1, correlation)));
                    efficiency = OptionalDouble.of(100 * covariance / Samples.covarianceOfSorted(marks, rests));
                }
            }
        }
        return new QuestionStatistics(question.key(), question.label(), max, marks.length, facility, deviation,
                discrimination, efficiency, flags(facility, discrimination), emptyBecause);
    }

    private static Set<QuestionStatistics.Flag> flags(OptionalDouble facility, OptionalDouble discrimination) {
        Set<QuestionStatistics.Flag> flags = EnumSet.noneOf(QuestionStatistics.Flag.class);
        if (facility.isPresent() && facility.getAsDouble() < TOO_HARD_BELOW) {
            flags.add(QuestionStatistics.Flag.TOO_HARD);
        }
        if (facility.isPresent() && facility.getAsDouble() > TOO_EASY_ABOVE) {
            flags.add(QuestionStatistics.Flag.TOO_EASY);
        }
        if (discrimination.isPresent() && discrimination.getAsDouble() < -ROUNDING) {
            flags.add(QuestionStatistics.Flag.NEGATIVE_DISCRIMINATION);
        }
        return flags;
    }
}
