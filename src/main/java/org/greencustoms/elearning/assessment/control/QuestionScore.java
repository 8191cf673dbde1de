package org.greencustoms.elearning.assessment.control;

import java.util.List;

/**
 * The score of one answer.
 *
 * @param fraction the share of the question earned, 0 to 1
 * @param points   {@code fraction} times the question's points
 * @param parts    the parts of an inspection (decision, then red flags); empty for the other types
 */
public record QuestionScore(double fraction, double points, List<PartScore> parts) {

    public QuestionScore {
        parts = List.copyOf(parts);
    }

    static QuestionScore of(double fraction, double questionPoints) {
        return new QuestionScore(fraction, fraction * questionPoints, List.of());
    }
}
