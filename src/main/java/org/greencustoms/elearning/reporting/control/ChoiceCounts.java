package org.greencustoms.elearning.reporting.control;

import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How often each option, decision or red flag was chosen, question by question. It knows nothing of question types:
 * the caller turns each answer into the labels it chose (an option id, a decision keyword, the red flags ticked), so
 * that one count serves single and multiple choice, true/false and inspections alike.
 */
public final class ChoiceCounts {

    private ChoiceCounts() {
    }

    /**
     * @param chosenByQuestion for each question key, one list of chosen labels per attempt that had the question; an
     *                         attempt that chose nothing has an empty list (or null). A label chosen twice in one
     *                         attempt counts once, as the scorer counts it; null and blank labels are not choices.
     * @return for each question, in the order of the given map, its choices and their shares of its attempts
     */
    public static Map<String, QuestionChoices> count(Map<String, List<List<String>>> chosenByQuestion) {
        Map<String, QuestionChoices> counts = new LinkedHashMap<>();
        chosenByQuestion.forEach((key, attempts) -> counts.put(key, count(attempts == null ? List.of() : attempts)));
        return Collections.unmodifiableMap(counts);
    }

    private static QuestionChoices count(List<List<String>> attempts) {
        Map<String, Integer> counts = new HashMap<>();
        int unanswered = 0;
        for (List<String> chosen : attempts) {
            Set<String> labels = labels(chosen);
            if (labels.isEmpty()) {
                unanswered++;
            }
            labels.forEach(label -> counts.merge(label, 1, Integer::sum));
        }
        int attemptCount = attempts.size();
        Map<String, ChoiceCount> choices = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(entry -> choices.put(entry.getKey(),
                        new ChoiceCount(entry.getValue(), (double) entry.getValue() / attemptCount)));
        return new QuestionChoices(attemptCount, unanswered, choices);
    }

    private static Set<String> labels(List<String> chosen) {
        Set<String> labels = new LinkedHashSet<>();
        if (chosen != null) {
            chosen.stream().filter(Objects::nonNull).filter(label -> !label.isBlank()).forEach(labels::add);
        }
        return labels;
    }
}
