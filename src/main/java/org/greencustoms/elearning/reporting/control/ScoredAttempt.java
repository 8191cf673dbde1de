package org.greencustoms.elearning.reporting.control;

import java.util.Map;
import java.util.Objects;

/**
 * One submitted attempt, as the item analysis sees it.
 *
 * @param language the language the attempt was taken in (en, fr, es, pt…)
 * @param marks    the mark earned, in points from 0 to the question's maximum, for every question the attempt had,
 *                 by question key; a question left unanswered is there with 0, a question the attempt did not have
 *                 is absent
 */
public record ScoredAttempt(String language, Map<String, Double> marks) {

    /** A mark that is not a number would turn every statistic into NaN, so it is refused here, at the door. */
    public ScoredAttempt {
        Objects.requireNonNull(language, "language");
        marks = Map.copyOf(marks);
        marks.forEach((key, mark) -> {
            if (!Double.isFinite(mark)) {
                throw new IllegalArgumentException("The mark of " + key + " is not a number: " + mark);
            }
        });
    }
}
