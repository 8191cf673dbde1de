package org.greencustoms.elearning.assessment.control;

/**
 * The score of one part of an inspection question.
 *
 * @param part     {@link #DECISION} or {@link #RED_FLAGS}
 * @param fraction the share of the part earned, 0 to 1
 * @param points   {@code fraction} times the part's weight times the question's points
 */
public record PartScore(String part, double fraction, double points) {

    public static final String DECISION = "decision";
    public static final String RED_FLAGS = "redFlags";
}
