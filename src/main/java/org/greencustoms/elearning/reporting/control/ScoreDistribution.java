package org.greencustoms.elearning.reporting.control;

import java.util.EnumSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The shape of the attempts' scores, in percent: Moodle's mean, median, standard deviation (n − 1), skewness and
 * kurtosis. An attempt's percent is 100 × its total over the most it could have scored, the sum of the maximum marks
 * of the questions it had: the quiz's total today, when every attempt has every question, and still a fair percent
 * once pools draw subsets. An attempt whose questions are worth nothing has no percent and is left out. The skewness is k3 / k2^(3/2) and the kurtosis the excess k4 / k2², k being Fisher's k-statistics as in
 * Moodle's quiz calculator, so 0 means as peaked as a normal distribution.
 */
record ScoreDistribution(OptionalDouble mean, OptionalDouble median, OptionalDouble standardDeviation,
        OptionalDouble skewness, OptionalDouble kurtosis, Set<EmptyBecause> emptyBecause) {

    static ScoreDistribution of(List<AttemptMarks> attempts) {
        double[] percents = attempts.stream().filter(attempt -> attempt.possible() > 0)
                .mapToDouble(attempt -> 100 * attempt.total() / attempt.possible()).toArray();
        Set<EmptyBecause> emptyBecause = EnumSet.noneOf(EmptyBecause.class);
        int s = percents.length;
        if (s == 0) {
            emptyBecause.add(attempts.isEmpty() ? EmptyBecause.NO_ATTEMPT : EmptyBecause.NO_MAX_MARK);
            return new ScoreDistribution(OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(),
                    OptionalDouble.empty(), OptionalDouble.empty(), emptyBecause);
        }
        OptionalDouble mean = OptionalDouble.of(Samples.mean(percents));
        OptionalDouble median = OptionalDouble.of(Samples.median(percents));
        if (s < 2) {
            emptyBecause.add(EmptyBecause.TOO_FEW_ATTEMPTS);
            return new ScoreDistribution(mean, median, OptionalDouble.empty(), OptionalDouble.empty(),
                    OptionalDouble.empty(), emptyBecause);
        }
        double k2 = Samples.variance(percents);
        OptionalDouble deviation = OptionalDouble.of(Math.sqrt(k2));
        OptionalDouble skewness = OptionalDouble.empty();
        OptionalDouble kurtosis = OptionalDouble.empty();
        if (!Samples.spread(percents)) {
            emptyBecause.add(EmptyBecause.SAME_TOTAL_FOR_EVERYONE);
        } else if (s < 3) {
            emptyBecause.add(EmptyBecause.TOO_FEW_ATTEMPTS);
        } else {
            double m2 = centralMoment(percents, 2);
            double m3 = centralMoment(percents, 3);
            double m4 = centralMoment(percents, 4);
            double k3 = (double) s * s * m3 / ((s - 1.0) * (s - 2.0));
            skewness = OptionalDouble.of(k3 / Math.pow(k2, 1.5));
            if (s < 4) {
                emptyBecause.add(EmptyBecause.TOO_FEW_ATTEMPTS);
            } else {
                double k4 = (double) s * s * ((s + 1.0) * m4 - 3.0 * (s - 1.0) * m2 * m2)
                        / ((s - 1.0) * (s - 2.0) * (s - 3.0));
                kurtosis = OptionalDouble.of(k4 / (k2 * k2));
            }
        }
        return new ScoreDistribution(mean, median, deviation, skewness, kurtosis, emptyBecause);
    }

    /** The mean of the values' deviations from their mean raised to the power, n in the denominator. */
    private static double centralMoment(double[] values, int power) {
        double mean = Samples.mean(values);
        double sum = 0;
        for (double value : values) {
            sum += Math.pow(value - mean, power);
        }
        return sum / values.length;
    }
}
