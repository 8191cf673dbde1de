package org.greencustoms.elearning.assessment.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.greencustoms.elearning.assessment.entity.Decision;
import org.greencustoms.elearning.assessment.entity.MatchPair;
import org.greencustoms.elearning.assessment.entity.QuestionBody;
import org.greencustoms.elearning.assessment.entity.QuestionDefinition;

/**
 * Checks that an answer can belong to its question: only the fields of its type, and only ids the question has.
 * A wrong answer is fine; an impossible one (a forged or stale request) is refused with what is wrong in it.
 */
public final class AnswerCheck {

    private static final int MAX_TEXT = 500;

    private AnswerCheck() {
    }

    /**
     * Every reason the answer cannot be saved; empty when it can.
     *
     * @param visibleChoices the choice ids the learner was shown (see {@link AttemptDraw#visibleIds})
     */
    public static List<String> problems(QuestionDefinition question, List<String> visibleChoices, Answer answer) {
        List<String> problems = new ArrayList<>();
        QuestionBody body = question.body();
        Set<String> ids = Set.copyOf(visibleChoices);
        String key = question.id();
        if (answer.option() != null && expect(problems, key, body instanceof QuestionBody.SingleChoice, "option")) {
            unknown(problems, key, List.of(answer.option()), ids);
        }
        if (answer.options() != null
                && expect(problems, key, body instanceof QuestionBody.MultipleChoice, "options")) {
            unknown(problems, key, answer.options(), ids);
        }
        if (answer.value() != null) {
            expect(problems, key, body instanceof QuestionBody.TrueFalse, "value");
        }
        if (answer.matches() != null && expect(problems, key, body instanceof QuestionBody.Matching, "matches")) {
            if (body instanceof QuestionBody.Matching matching) {
                unknown(problems, key, answer.matches().keySet(),
                        matching.pairs().stream().map(MatchPair::id).collect(Collectors.toSet()));
                unknown(problems, key, answer.matches().values(), ids);
            }
        }
        if (answer.text() != null && expect(problems, key,
                body instanceof QuestionBody.ShortAnswer || body instanceof QuestionBody.Numeric, "text")) {
            if (answer.text().length() > MAX_TEXT) {
                problems.add(key + ": the text is longer than " + MAX_TEXT + " characters");
            }
        }
        if (answer.order() != null && expect(problems, key, body instanceof QuestionBody.Ordering, "order")) {
            unknown(problems, key, answer.order(), ids);
        }
        if ((answer.decision() != null || answer.flags() != null)
                && expect(problems, key, body instanceof QuestionBody.Inspection, "decision and flags")) {
            if (answer.decision() != null
                    && Decision.fromKeyword(answer.decision().strip().toLowerCase(Locale.ROOT)).isEmpty()) {
                problems.add(key + ": '" + answer.decision() + "' is not release, detain or refer");
            }
            if (answer.flags() != null) {
                unknown(problems, key, answer.flags(), ids);
            }
        }
        return problems;
    }

    /** Whether the field fits the question's type; reports it if not. */
    private static boolean expect(List<String> problems, String key, boolean fits, String field) {
        if (!fits) {
            problems.add(key + ": this type of question takes no '" + field + "'");
        }
        return fits;
    }

    private static void unknown(List<String> problems, String key, Collection<String> given, Set<String> known) {
        if (given.size() > known.size()) {
            problems.add(key + ": more choices than the question has");
            return;
        }
        given.stream().filter(id -> id == null || !known.contains(id)).distinct()
                .forEach(id -> problems.add(key + ": '" + id + "' is not a choice of this question"));
    }
}
