package org.greencustoms.elearning.authoring.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.stream.DoubleStream;

/**
 * The grades Moodle lets an answer give (question_bank::fraction_options_full()), matched as its import matches
 * them with matchgrades 'error': a grade within 0.00001 of an option becomes that option, anything else is invalid.
 */
final class MoodleGrades {

    private static final double[] POSITIVE = {1.0, 0.9, 0.8333333, 0.8, 0.75, 0.7, 0.6666667, 0.6, 0.5, 0.4, 0.3333333,
            0.3, 0.25, 0.2, 0.1666667, 0.1428571, 0.125, 0.1111111, 0.1, 0.05, 0};
    private static final List<Double> OPTIONS = DoubleStream.concat(DoubleStream.of(POSITIVE),
            DoubleStream.of(POSITIVE).filter(grade -> grade > 0).map(grade -> -grade)).boxed().toList();
    private static final double FUZZ = 0.00001;

    private MoodleGrades() {
    }

    /** The option the fraction matches, or empty if Moodle would reject it. */
    static Optional<Double> match(double fraction) {
        return OPTIONS.stream().filter(option -> Math.abs(fraction - option) < FUZZ).findFirst();
    }

    /** A fraction as Moodle XML and GIFT write it: a percentage, with no trailing zeros. */
    static String percent(double fraction) {
        return BigDecimal.valueOf(fraction * 100).setScale(5, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }
}
