package org.greencustoms.elearning.assessment.control;

import java.io.Serializable;
import java.util.List;

/**
 * One question of a submitted attempt, for its review: what the learner answered, what was right, the feedback and
 * the explanation, in the learner's language.
 *
 * @param lines    one per option, pair, item or red flag, in the package's order
 * @param given    the learner's answer as text where the type has no lines to tick (short, numeric, ordering,
 *                 inspection decision); null otherwise or when not answered
 * @param expected the right answer as text, on the same terms
 * @param feedback the question's feedback, then the feedback on the learner's true/false choice or decision
 */
public record ReviewItem(String key, String type, String prompt, double points, double earned, Outcome outcome,
        List<Line> lines, String given, String expected, List<String> feedback, String explanation,
        List<QuestionView.DocumentView> caseFile) implements Serializable {

    public enum Outcome {
        RIGHT, PARTLY, WRONG, UNANSWERED;

        public String keyword() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * @param text       the option, red flag, left item of a matching, or place of an ordering ("1.")
     * @param chosenFlag options and red flags: ticked by the learner
     * @param rightFlag  options and red flags: ticked in the key
     * @param chosen     matching and ordering: the item the learner put there (null if none)
     * @param right      matching and ordering: the item that belongs there
     * @param feedback   the option's feedback, if any
     */
    public record Line(String text, boolean chosenFlag, boolean rightFlag, String chosen, String right,
            String feedback) implements Serializable {

        static Line choice(String text, boolean chosen, boolean right, String feedback) {
            return new Line(text, chosen, right, null, null, feedback);
        }

        static Line placed(String text, String chosen, String right) {
            return new Line(text, right.equals(chosen), true, chosen, right, null);
        }
    }
}
