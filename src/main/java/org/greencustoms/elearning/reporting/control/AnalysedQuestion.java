package org.greencustoms.elearning.reporting.control;

import java.util.Objects;

/**
 * A question of the quiz as analysed.
 *
 * @param key     the question's key, as in {@link ScoredAttempt#marks()}
 * @param maxMark the most an attempt can earn on it, in points; a question worth nothing has no facility
 * @param label   what to show for it (the prompt, for instance); carried through to the statistics untouched
 */
public record AnalysedQuestion(String key, double maxMark, String label) {

    public AnalysedQuestion {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        if (!Double.isFinite(maxMark)) {
            throw new IllegalArgumentException("The maximum mark of " + key + " is not a number: " + maxMark);
        }
    }
}
