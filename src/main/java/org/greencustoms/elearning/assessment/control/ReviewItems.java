package org.greencustoms.elearning.assessment.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.greencustoms.elearning.assessment.control.ReviewItem.Line;
import org.greencustoms.elearning.assessment.control.ReviewItem.Outcome;
import org.greencustoms.elearning.assessment.entity.Choice;
import org.greencustoms.elearning.assessment.entity.Decision;
import org.greencustoms.elearning.assessment.entity.LocalizedText;
import org.greencustoms.elearning.assessment.entity.MatchPair;
import org.greencustoms.elearning.assessment.entity.QuestionBody;
import org.greencustoms.elearning.assessment.entity.QuestionDefinition;

/**
 * Builds the review of a graded question: the key, feedback and explanation next to what the learner answered.
 * Only ever called for a submitted attempt whose module allows review.
 */
public final class ReviewItems {

    private ReviewItems() {
    }

    /**
     * @param answer the learner's answer with the package's ids (see {@link AttemptDraw#withPackageIds}), or empty
     * True/false lines and inspection decisions are given as keywords ({@code true}, {@code false},
     * {@code release}, {@code detain}, {@code refer}) for the page to put in words.
     */
    public static ReviewItem review(QuestionDefinition question, Answer answer, QuestionScore score, String language,
            String mediaBase) {
        QuestionBody body = question.body();
        List<String> feedback = new ArrayList<>();
        add(feedback, question.feedback(), language);
        List<Line> lines = List.of();
        String given = null;
        String expected = null;
        List<QuestionView.DocumentView> caseFile = List.of();
        if (body instanceof QuestionBody.SingleChoice single) {
            lines = choices(single.options(), answer.option() == null ? List.of() : List.of(answer.option()), language);
        } else if (body instanceof QuestionBody.MultipleChoice multiple) {
            lines = choices(multiple.options(), Objects.requireNonNullElse(answer.options(), List.of()), language);
        } else if (body instanceof QuestionBody.TrueFalse trueFalse) {
            lines = List.of(
                    Line.choice("true", Boolean.TRUE.equals(answer.value()), trueFalse.answer(), null),
                    Line.choice("false", Boolean.FALSE.equals(answer.value()), !trueFalse.answer(), null));
            if (answer.value() != null) {
                add(feedback, answer.value() ? trueFalse.feedbackTrue() : trueFalse.feedbackFalse(), language);
            }
        } else if (body instanceof QuestionBody.Matching matching) {
            lines = matching(matching, answer.matches() == null ? Map.of() : answer.matches(), language);
        } else if (body instanceof QuestionBody.ShortAnswer shortAnswer) {
            given = answer.text();
            expected = shortAnswer.accepted().getOrDefault(language, shortAnswer.accepted().get("en")).get(0);
        } else if (body instanceof QuestionBody.Numeric numeric) {
            String unit = numeric.unitIn(language);
            given = answer.text() == null ? null : withUnit(answer.text(), unit);
            expected = withUnit(number(numeric.answer())
                    + (numeric.tolerance() > 0 ? " ± " + number(numeric.tolerance()) : ""), unit);
        } else if (body instanceof QuestionBody.Ordering ordering) {
            lines = ordering(ordering.items(), Objects.requireNonNullElse(answer.order(), List.of()), language);
        } else if (body instanceof QuestionBody.Inspection inspection) {
            caseFile = LearnerQuestions.view(question, List.of(), language, mediaBase).caseFile();
            lines = choices(inspection.redFlags(), Objects.requireNonNullElse(answer.flags(), List.of()), language);
            given = answer.decision();
            expected = inspection.decision().keyword();
            Decision.fromKeyword(Objects.requireNonNullElse(answer.decision(), ""))
                    .map(decision -> inspection.decisionFeedback().get(decision.keyword()))
                    .ifPresent(text -> add(feedback, text, language));
        }
        return new ReviewItem(question.id(), body.type().keyword(), question.prompt().in(language), question.points(),
                score.points(), outcome(answer, score), lines, given, expected, feedback,
                question.explanation() == null ? null : question.explanation().in(language), caseFile);
    }

    /** A question with nothing answered: its key, feedback and explanation, as its author checks them. */
    public static ReviewItem answerKey(QuestionDefinition question, String language, String mediaBase) {
        return review(question, Answer.empty(), new QuestionScore(0, 0, List.of()), language, mediaBase);
    }

    private static List<Line> choices(List<Choice> choices, List<String> chosen, String language) {
        return choices.stream().map(choice -> Line.choice(choice.text().in(language), chosen.contains(choice.id()),
                choice.correct(), choice.feedback() == null ? null : choice.feedback().in(language))).toList();
    }

    private static List<Line> matching(QuestionBody.Matching matching, Map<String, String> matches, String language) {
        return matching.pairs().stream().map(pair -> Line.placed(pair.left().in(language),
                rightText(matching, matches.get(pair.id()), language), pair.right().in(language))).toList();
    }

    private static String rightText(QuestionBody.Matching matching, String id, String language) {
        if (id == null) {
            return null;
        }
        return matching.pairs().stream().filter(pair -> pair.id().equals(id)).map(MatchPair::right).findFirst()
                .or(() -> IntStream.range(0, matching.distractors().size())
                        .filter(i -> AttemptDraw.distractorId(i).equals(id))
                        .mapToObj(i -> matching.distractors().get(i)).findFirst())
                .map(text -> text.in(language)).orElse(null);
    }

    /** Line i: the item that belongs in place i, and the one the learner put there. */
    private static List<Line> ordering(List<Choice> items, List<String> order, String language) {
        Map<String, String> texts = items.stream()
                .collect(Collectors.toMap(Choice::id, item -> item.text().in(language)));
        return IntStream.range(0, items.size()).mapToObj(i -> Line.placed((i + 1) + ".",
                i < order.size() ? texts.get(order.get(i)) : null, items.get(i).text().in(language))).toList();
    }

    private static Outcome outcome(Answer answer, QuestionScore score) {
        if (answer.equals(Answer.empty())) {
            return Outcome.UNANSWERED;
        }
        if (score.fraction() >= 1 - 1e-9) {
            return Outcome.RIGHT;
        }
        return score.fraction() > 1e-9 ? Outcome.PARTLY : Outcome.WRONG;
    }

    private static void add(List<String> feedback, LocalizedText text, String language) {
        if (text != null && !text.in(language).isBlank()) {
            feedback.add(text.in(language));
        }
    }

    private static String withUnit(String value, String unit) {
        return unit == null || unit.isBlank() ? value : value + " " + unit;
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%s", value);
    }
}
