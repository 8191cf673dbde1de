package org.greencustoms.elearning.assessment.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.greencustoms.elearning.assessment.entity.Choice;
import org.greencustoms.elearning.assessment.entity.MatchPair;
import org.greencustoms.elearning.assessment.entity.QuestionBody;
import org.greencustoms.elearning.assessment.entity.QuestionDefinition;
import org.greencustoms.elearning.platform.Languages;

/**
 * Scores a learner's answer to one question: a fraction from 0 to 1, times the question's points.
 * <ul>
 * <li><b>single</b>: 1 if the chosen option is the right one, else 0.</li>
 * <li><b>truefalse</b>: 1 if the value equals the key, else 0 (no value is 0).</li>
 * <li><b>multiple</b>, as in Moodle: if the options carry fractions, the sum of the fractions of the ticked options;
 * otherwise +1/k for each right option ticked and −1/k for each wrong one, k being the number of right options.
 * Always clamped to [0, 1], so ticking everything scores max(0, 1 − wrong/k). Unknown ids are ignored and an id
 * ticked twice counts once.</li>
 * <li><b>matching</b>: the left items matched to their own right item, divided by the number of pairs; a distractor
 * matches nothing.</li>
 * <li><b>short</b>: 1 if the text equals an accepted answer of the learner's language or of English, both sides
 * normalised (NFKD, accents removed, lower case, whitespace runs collapsed, trimmed, trailing full stops removed).</li>
 * <li><b>numeric</b>: 1 if the typed number is within the tolerance of the answer, bounds included; a comma or a full
 * stop is the decimal separator; anything else that is typed, or nothing, is 0.</li>
 * <li><b>ordering</b>: for the n items in the right order, the share of the n − 1 neighbour pairs (item i, item i+1)
 * that the learner's order also has next to each other (Moodle's "relative to the next item"). A missing or unknown
 * item breaks the pairs around it; a repeated item counts only where it first appears.</li>
 * <li><b>inspection</b>: two parts. The decision part is 1 if the decision keyword (any case) is the key, else 0;
 * the red-flags part is the multiple rule without fractions, with the real red flags as the right options (if there
 * are none, 1 when nothing is ticked). The fraction is w × decision + (1 − w) × red flags, w being the decision
 * weight; each part's points are its fraction × its weight × the question's points. An answer with no decision and no
 * flag scores 0.</li>
 * </ul>
 * An empty answer ({@link Answer#empty()} or {@code null} components) scores 0 for every type and never throws.
 */
public final class Scorer {

    private static final double EPSILON = 1e-9;

    public QuestionScore score(QuestionDefinition question, Answer answer, String language) {
        Answer given = answer == null ? Answer.empty() : answer;
        QuestionBody body = question.body();
        if (body instanceof QuestionBody.Inspection inspection) {
            return inspection(inspection, given, question.points());
        }
        return QuestionScore.of(fraction(body, given, language), question.points());
    }

    private static double fraction(QuestionBody body, Answer answer, String language) {
        if (body instanceof QuestionBody.SingleChoice single) {
            return single.options().stream().anyMatch(o -> o.correct() && o.id().equals(answer.option())) ? 1 : 0;
        }
        if (body instanceof QuestionBody.MultipleChoice multiple) {
            return Selections.multiple(multiple.options(), orEmpty(answer.options()));
        }
        if (body instanceof QuestionBody.TrueFalse trueFalse) {
            return answer.value() != null && answer.value() == trueFalse.answer() ? 1 : 0;
        }
        if (body instanceof QuestionBody.Matching matching) {
            return matching(matching.pairs(), answer.matches());
        }
        if (body instanceof QuestionBody.ShortAnswer shortAnswer) {
            return shortAnswer(shortAnswer.accepted(), answer.text(), language);
        }
        if (body instanceof QuestionBody.Numeric numeric) {
            return numeric(numeric, answer.text());
        }
        if (body instanceof QuestionBody.Ordering ordering) {
            return ordering(ordering.items(), orEmpty(answer.order()));
        }
        throw new IllegalStateException("No scoring rule for " + body.type());
    }

    private static double matching(List<MatchPair> pairs, Map<String, String> matches) {
        if (matches == null || pairs.isEmpty()) {
            return 0;
        }
        long matched = pairs.stream().filter(pair -> pair.id().equals(matches.get(pair.id()))).count();
        return (double) matched / pairs.size();
    }

    private static double shortAnswer(Map<String, List<String>> accepted, String text, String language) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        String typed = TypedAnswers.normalise(text);
        return Stream.of(language, Languages.DEFAULT).filter(Objects::nonNull).distinct()
                .flatMap(l -> accepted.getOrDefault(l, List.of()).stream())
                .anyMatch(a -> TypedAnswers.normalise(a).equals(typed)) ? 1 : 0;
    }

    /** The epsilon absorbs binary rounding (59.5 is 60 − 0.5 exactly, but 0.3 is not), scaled to large answers. */
    private static double numeric(QuestionBody.Numeric numeric, String text) {
        if (text == null) {
            return 0;
        }
        double slack = numeric.tolerance() + EPSILON * Math.max(1, Math.abs(numeric.answer()));
        return TypedAnswers.number(text).stream().anyMatch(x -> Math.abs(x - numeric.answer()) <= slack) ? 1 : 0;
    }

    private static double ordering(List<Choice> items, List<String> order) {
        if (items.size() < 2) {
            // The validator refuses such a question: with no pair there is nothing to score.
            return 0;
        }
        Map<String, Integer> rank = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            rank.put(items.get(i).id(), i);
        }
        List<Integer> ranks = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String id : order) {
            ranks.add(id != null && seen.add(id) ? rank.get(id) : null);
        }
        int neighbours = 0;
        for (int i = 0; i + 1 < ranks.size(); i++) {
            Integer here = ranks.get(i);
            Integer next = ranks.get(i + 1);
            if (here != null && next != null && next == here + 1) {
                neighbours++;
            }
        }
        return (double) neighbours / (items.size() - 1);
    }

    private static QuestionScore inspection(QuestionBody.Inspection inspection, Answer answer, double points) {
        String decision = answer.decision() == null ? "" : answer.decision().strip().toLowerCase(Locale.ROOT);
        List<String> flags = orEmpty(answer.flags());
        boolean unanswered = decision.isEmpty() && flags.stream().allMatch(Objects::isNull);
        double decisionFraction = decision.equals(inspection.decision().keyword()) ? 1 : 0;
        double flagsFraction = unanswered ? 0 : Selections.rightMinusWrong(inspection.redFlags(), flags);
        double weight = inspection.decisionWeight();
        double fraction = weight * decisionFraction + (1 - weight) * flagsFraction;
        return new QuestionScore(fraction, fraction * points, List.of(
                new PartScore(PartScore.DECISION, decisionFraction, decisionFraction * weight * points),
                new PartScore(PartScore.RED_FLAGS, flagsFraction, flagsFraction * (1 - weight) * points)));
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
