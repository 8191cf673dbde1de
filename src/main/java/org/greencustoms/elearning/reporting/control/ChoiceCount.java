package org.greencustoms.elearning.reporting.control;

/**
 * How often one option, decision or red flag was chosen.
 *
 * @param count the attempts that chose it
 * @param share {@code count} over the attempts that had the question, chosen anything or not, 0 to 1
 */
public record ChoiceCount(int count, double share) {

    static final ChoiceCount NEVER = new ChoiceCount(0, 0);
}
