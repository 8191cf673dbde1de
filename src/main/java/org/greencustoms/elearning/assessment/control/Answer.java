package org.greencustoms.elearning.assessment.control;

import java.util.List;
import java.util.Map;

/**
 * What a learner submitted for one question. Only the components of the question's type are set; the others are
 * {@code null}, which keeps the JSON flat and lets a missing answer read as empty.
 *
 * @param option   single: the chosen option id
 * @param options  multiple: the ticked option ids
 * @param value    truefalse: the learner's choice
 * @param matches  matching: left pair id to the chosen right item, which is named by the id of the pair it belongs
 *                 to, or {@code distractor-<index>} (index in the question's distractor list, from 0)
 * @param text     short and numeric: what the learner typed
 * @param order    ordering: item ids in the learner's order
 * @param decision inspection: {@code release}, {@code detain} or {@code refer}
 * @param flags    inspection: the ticked red flag ids
 */
public record Answer(String option, List<String> options, Boolean value, Map<String, String> matches, String text,
        List<String> order, String decision, List<String> flags) {

    public static Answer empty() {
        return new Answer(null, null, null, null, null, null, null, null);
    }

    public static Answer single(String option) {
        return new Answer(option, null, null, null, null, null, null, null);
    }

    public static Answer multiple(List<String> options) {
        return new Answer(null, List.copyOf(options), null, null, null, null, null, null);
    }

    public static Answer trueFalse(boolean value) {
        return new Answer(null, null, value, null, null, null, null, null);
    }

    public static Answer matching(Map<String, String> matches) {
        return new Answer(null, null, null, Map.copyOf(matches), null, null, null, null);
    }

    public static Answer shortAnswer(String text) {
        return new Answer(null, null, null, null, text, null, null, null);
    }

    /** The number as typed; the scorer parses it, so that a malformed number is a wrong answer, not an error. */
    public static Answer numeric(String text) {
        return new Answer(null, null, null, null, text, null, null, null);
    }

    public static Answer ordering(List<String> order) {
        return new Answer(null, null, null, null, null, List.copyOf(order), null, null);
    }

    public static Answer inspection(String decision, List<String> flags) {
        return new Answer(null, null, null, null, null, null, decision, List.copyOf(flags));
    }
}
