package org.greencustoms.elearning.assessment.control;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.greencustoms.elearning.assessment.entity.Choice;
import org.greencustoms.elearning.assessment.entity.MatchPair;
import org.greencustoms.elearning.assessment.entity.QuestionBody;
import org.greencustoms.elearning.assessment.entity.QuestionDefinition;

/**
 * Draws the order of an attempt: the questions, and within each question the options, the right-hand items of a
 * matching, the items of an ordering (never already in the right order) and the red flags of an inspection.
 */
public final class AttemptDraw {

    /** The drawn order: question keys, and per question key the ids of its choices as the learner sees them. */
    public record Drawn(List<String> questionOrder, Map<String, List<String>> optionOrders) {
    }

    private final Random random;

    public AttemptDraw(Random random) {
        this.random = random;
    }

    public Drawn draw(List<QuestionDefinition> questions) {
        List<String> order = new ArrayList<>(questions.stream().map(QuestionDefinition::id).toList());
        Collections.shuffle(order, random);
        Map<String, List<String>> options = new LinkedHashMap<>();
        for (QuestionDefinition question : questions) {
            List<String> ids = choiceIds(question.body());
            if (!ids.isEmpty()) {
                options.put(question.id(), shuffled(ids, question.body() instanceof QuestionBody.Ordering));
            }
        }
        return new Drawn(order, options);
    }

    /** The ids the learner chooses among, in the package's order: matching's right items are named by pair id. */
    public static List<String> choiceIds(QuestionBody body) {
        if (body instanceof QuestionBody.SingleChoice single) {
            return ids(single.options());
        }
        if (body instanceof QuestionBody.MultipleChoice multiple) {
            return ids(multiple.options());
        }
        if (body instanceof QuestionBody.Ordering ordering) {
            return ids(ordering.items());
        }
        if (body instanceof QuestionBody.Inspection inspection) {
            return ids(inspection.redFlags());
        }
        if (body instanceof QuestionBody.Matching matching) {
            List<String> rights = new ArrayList<>(matching.pairs().stream().map(MatchPair::id).toList());
            IntStream.range(0, matching.distractors().size()).forEach(i -> rights.add(distractorId(i)));
            return rights;
        }
        return List.of();
    }

    public static String distractorId(int index) {
        return "distractor-" + index;
    }

    /**
     * The ids the learner sees for the drawn choices: the package's ids, except a matching's right-hand items, which
     * are numbered r1, r2... in drawn order, because their ids are the ids of the left items they belong to.
     */
    public static List<String> visibleIds(QuestionBody body, List<String> drawnOrder) {
        if (body instanceof QuestionBody.Matching) {
            return IntStream.rangeClosed(1, drawnOrder.size()).mapToObj(i -> "r" + i).toList();
        }
        return drawnOrder;
    }

    /** An answer given with the ids the learner saw, turned back into the package's ids for scoring. */
    public static Answer withPackageIds(QuestionBody body, List<String> drawnOrder, Answer answer) {
        if (!(body instanceof QuestionBody.Matching) || answer.matches() == null) {
            return answer;
        }
        List<String> visible = visibleIds(body, drawnOrder);
        Map<String, String> matches = new LinkedHashMap<>();
        answer.matches().forEach((left, right) -> {
            int index = visible.indexOf(right);
            matches.put(left, index < 0 ? right : drawnOrder.get(index));
        });
        return Answer.matching(matches);
    }

    private List<String> shuffled(List<String> ids, boolean neverAsGiven) {
        List<String> shuffled = new ArrayList<>(ids);
        do {
            Collections.shuffle(shuffled, random);
        } while (neverAsGiven && ids.size() > 1 && shuffled.equals(ids));
        return shuffled;
    }

    private static List<String> ids(List<Choice> choices) {
        return choices.stream().map(Choice::id).toList();
    }
}
