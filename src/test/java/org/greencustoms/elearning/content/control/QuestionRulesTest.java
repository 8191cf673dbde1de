package org.greencustoms.elearning.content.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.greencustoms.elearning.assessment.entity.Choice;
import org.greencustoms.elearning.assessment.entity.LocalizedText;
import org.greencustoms.elearning.assessment.entity.QuestionBody;
import org.greencustoms.elearning.assessment.entity.QuestionDefinition;
import org.greencustoms.elearning.content.control.QuestionRules.Violation;
import org.junit.jupiter.api.Test;

class QuestionRulesTest {

    private static QuestionDefinition question(QuestionBody body, List<String> tags) {
        return new QuestionDefinition("q", null, 1, LocalizedText.english("Which?"), null, null, tags, body);
    }

    private static Choice option(String id, boolean correct, Double fraction) {
        return new Choice(id, LocalizedText.english(id), null, correct, fraction);
    }

    @Test
    void aValidQuestionBreaksNoRule() {
        QuestionBody body = new QuestionBody.SingleChoice(List.of(option("a", true, null), option("b", false, null)));

        assertThat(QuestionRules.check(question(body, List.of("topic:x")))).isEmpty();
    }

    @Test
    void singleChoiceNeedsTwoOptionsAndExactlyOneKey() {
        assertThat(QuestionRules.check(question(new QuestionBody.SingleChoice(List.of(option("a", true, null))),
                List.of("topic:x")))).extracting(Violation::field, Violation::key)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("options", "question.tooFewOptions"));
        assertThat(QuestionRules.check(question(new QuestionBody.SingleChoice(
                List.of(option("a", false, null), option("b", false, null))), List.of("topic:x"))))
                .extracting(Violation::key, Violation::args)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("question.notOneRightOption", List.of("0")));
    }

    @Test
    void multipleChoiceFractionsMustAddUpToOne() {
        QuestionBody body = new QuestionBody.MultipleChoice(
                List.of(option("a", true, 0.5), option("b", true, 0.25), option("c", false, -1.0)));

        assertThat(QuestionRules.check(question(body, List.of("topic:x")))).extracting(Violation::key, Violation::args)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("question.fractionSum", List.of("0.75")));
    }

    @Test
    void tagsNeedAKnownPrefixAndPointsMustBePositive() {
        QuestionDefinition question = new QuestionDefinition("q", null, 0, LocalizedText.english("How many?"), null,
                null, List.of("cites:II", "hs:85.49"), new QuestionBody.Numeric(3, -1, null, null));

        assertThat(QuestionRules.check(question)).extracting(Violation::field).containsExactly("points", "tags",
                "tags", "tolerance");
    }

    @Test
    void shortAnswerNeedsAnAcceptedAnswerAndAPrompt() {
        QuestionDefinition question = new QuestionDefinition("q", null, 1, new LocalizedText(Map.of("en", " ")), null,
                null, List.of(), new QuestionBody.ShortAnswer(Map.of("en", List.of())));

        assertThat(QuestionRules.check(question)).extracting(Violation::key).containsExactly(
                "question.noPrompt", "question.noTags", "question.noAcceptedAnswer");
    }
}
