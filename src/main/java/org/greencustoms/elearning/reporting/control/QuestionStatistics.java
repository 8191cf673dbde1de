package org.greencustoms.elearning.reporting.control;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Moodle's statistics of one question, over the attempts that had it. Each value that cannot be computed is empty,
 * and {@link #emptyBecause()} says why.
 *
 * @param key                       the question's key
 * @param label                     the question's label, as given
 * @param maxMark                   the question's maximum mark, in points
 * @param attemptCount              n, the attempts that had the question
 * @param facility                  the mean mark over the maximum mark, 0 to 1 (Moodle shows it as a percent)
 * @param standardDeviation         the sample standard deviation (n − 1) of the mark as a fraction of the maximum
 * @param discriminationIndex       100 × the correlation of the question's mark x with the rest of the test X − x,
 *                                  X being the attempt's total: above 0, those who do well on the rest of the test do
 *                                  well on this question too
 * @param discriminativeEfficiency  100 × Cov(x, X − x) / Cov_max(x, X − x), Cov_max pairing the sorted marks with
 *                                  the sorted rests: how close the discrimination is to the best these marks allow
 * @param flags                     what an author should look at
 * @param emptyBecause              why values are empty; empty when every value is there
 */
public record QuestionStatistics(String key, String label, double maxMark, int attemptCount, OptionalDouble facility,
        OptionalDouble standardDeviation, OptionalDouble discriminationIndex, OptionalDouble discriminativeEfficiency,
        Set<Flag> flags, Set<EmptyBecause> emptyBecause) {

    /** What an author should look at. A flag is raised only from a value that is there. */
    public enum Flag {
        /** Facility below 0.20: fewer than one in five earn the marks. */
        TOO_HARD,
        /** Facility above 0.95: the question tells nobody apart. */
        TOO_EASY,
        /** Discrimination index below 0: those who do well on the rest of the test do worse on this question. */
        NEGATIVE_DISCRIMINATION
    }

    public QuestionStatistics {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        flags = Collections.unmodifiableSet(flags.isEmpty() ? EnumSet.noneOf(Flag.class) : EnumSet.copyOf(flags));
        emptyBecause = Collections.unmodifiableSet(
                emptyBecause.isEmpty() ? EnumSet.noneOf(EmptyBecause.class) : EnumSet.copyOf(emptyBecause));
    }

    /** Whether a value is empty; {@link #emptyBecause()} says why. */
    public boolean notEnoughData() {
        return !emptyBecause.isEmpty();
    }
}
