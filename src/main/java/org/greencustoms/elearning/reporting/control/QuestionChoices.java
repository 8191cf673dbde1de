package org.greencustoms.elearning.reporting.control;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The choices made on one question.
 *
 * @param attemptCount    the attempts that had the question
 * @param unansweredCount the attempts that chose nothing
 * @param choices         each choice made at least once, the most chosen first (ties in alphabetical order)
 */
public record QuestionChoices(int attemptCount, int unansweredCount, Map<String, ChoiceCount> choices) {

    public QuestionChoices {
        choices = Collections.unmodifiableMap(new LinkedHashMap<>(choices));
    }

    /** A choice nobody made counts 0, as a distractor nobody falls for. */
    public ChoiceCount of(String choice) {
        return choices.getOrDefault(choice, ChoiceCount.NEVER);
    }
}
