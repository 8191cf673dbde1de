package org.greencustoms.elearning.assessment.control;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.assertj.core.data.Offset;
import org.greencustoms.elearning.assessment.entity.CaseDocument;
import org.greencustoms.elearning.assessment.entity.Choice;
import org.greencustoms.elearning.assessment.entity.Decision;
import org.greencustoms.elearning.assessment.entity.LocalizedText;
import org.greencustoms.elearning.assessment.entity.MatchPair;
import org.greencustoms.elearning.assessment.entity.QuestionBody;
import org.greencustoms.elearning.assessment.entity.QuestionDefinition;

/** Questions for the scoring tests, built in one line each; only what scoring reads is meaningful. */
final class Questions {

    static final Offset<Double> EXACT = Offset.offset(1e-9);

    private Questions() {
    }

    static QuestionDefinition question(double points, QuestionBody body) {
        return new QuestionDefinition("q1", null, points, text("Prompt?"), null, null, List.of("topic:test"), body);
    }

    static QuestionScore score(QuestionDefinition question, Answer answer) {
        return new Scorer().score(question, answer, "en");
    }

    static Choice right(String id) {
        return new Choice(id, text(id), null, true, null);
    }

    static Choice wrong(String id) {
        return new Choice(id, text(id), null, false, null);
    }

    /** An option with a Moodle fraction: right if the fraction is positive, as the validator requires. */
    static Choice weighted(String id, double fraction) {
        return new Choice(id, text(id), null, fraction > 0, fraction);
    }

    static QuestionDefinition single(Choice... options) {
        return question(1, new QuestionBody.SingleChoice(List.of(options)));
    }

    static QuestionDefinition multiple(Choice... options) {
        return question(1, new QuestionBody.MultipleChoice(List.of(options)));
    }

    static QuestionDefinition trueFalse(boolean answer) {
        return question(1, new QuestionBody.TrueFalse(answer, null, null));
    }

    /** Pairs p1..pN and the given number of distractors. */
    static QuestionDefinition matching(int pairs, int distractors) {
        List<MatchPair> matchPairs = IntStream.rangeClosed(1, pairs)
                .mapToObj(i -> new MatchPair("p" + i, text("left " + i), text("right " + i))).toList();
        List<LocalizedText> others = IntStream.range(0, distractors).mapToObj(i -> text("distractor " + i)).toList();
        return question(1, new QuestionBody.Matching(matchPairs, others));
    }

    static QuestionDefinition shortAnswer(Map<String, List<String>> accepted) {
        return question(1, new QuestionBody.ShortAnswer(accepted));
    }

    static QuestionDefinition numeric(double answer, double tolerance) {
        return question(1, new QuestionBody.Numeric(answer, tolerance, null, null));
    }

    /** Items in the right order. */
    static QuestionDefinition ordering(String... ids) {
        return question(1, new QuestionBody.Ordering(Arrays.stream(ids).map(Questions::wrong).toList()));
    }

    /** Red flags: {@link #right(String)} for a real red flag, {@link #wrong(String)} for a harmless fact. */
    static QuestionDefinition inspection(Decision decision, double decisionWeight, double points, Choice... flags) {
        CaseDocument invoice =
                new CaseDocument("invoice", "invoice", text("Commercial invoice"), List.of(), null, null);
        return question(points, new QuestionBody.Inspection(List.of(invoice), decision, Map.of(), List.of(flags),
                decisionWeight));
    }

    private static LocalizedText text(String english) {
        return LocalizedText.english(english);
    }
}
