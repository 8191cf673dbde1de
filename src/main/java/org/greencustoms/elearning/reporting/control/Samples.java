package org.greencustoms.elearning.reporting.control;

import java.util.Arrays;

/**
 * Sample statistics with n − 1 in the denominators, as Moodle computes them. The callers check the sizes (at least
 * one value for a mean, two for a spread) and {@link #spread} before they divide by a variance.
 */
final class Samples {

    /**
     * Sums of binary fractions are not exact (0.1 + 0.2 − 0.1 is not 0.2), so values this close, relative to their
     * size, count as equal: otherwise a question everyone got right could show a correlation made of rounding noise.
     */
    private static final double RELATIVE_TOLERANCE = 1e-9;

    private Samples() {
    }

    static double mean(double[] values) {
        return Arrays.stream(values).sum() / values.length;
    }

    static double variance(double[] values) {
        return covariance(values, values);
    }

    static double covariance(double[] x, double[] y) {
        double meanX = mean(x);
        double meanY = mean(y);
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += (x[i] - meanX) * (y[i] - meanY);
        }
        return sum / (x.length - 1);
    }

    /**
     * The largest covariance the two samples could have: each sorted, then paired smallest with smallest (Moodle's
     * Cov_max, the denominator of the discriminative efficiency).
     */
    static double covarianceOfSorted(double[] x, double[] y) {
        double[] sortedX = x.clone();
        double[] sortedY = y.clone();
        Arrays.sort(sortedX);
        Arrays.sort(sortedY);
        return covariance(sortedX, sortedY);
    }

    /** The middle value, or the mean of the two middle values for an even count. */
    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** Whether the values differ by more than rounding, that is whether their variance is worth dividing by. */
    static boolean spread(double[] values) {
        double min = Arrays.stream(values).min().orElse(0);
        double max = Arrays.stream(values).max().orElse(0);
        double size = Math.max(1, Math.max(Math.abs(min), Math.abs(max)));
        return max - min > RELATIVE_TOLERANCE * size;
    }
}
