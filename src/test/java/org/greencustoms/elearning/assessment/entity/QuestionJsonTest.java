package org.greencustoms.elearning.assessment.entity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A question is stored as JSON: every type must come back exactly as it went in. */
class QuestionJsonTest {

    private static final Jsonb JSONB = JsonbBuilder.create();

    static Stream<QuestionBody> bodies() {
        LocalizedText a = new LocalizedText(Map.of("en", "Annex VIII", "fr", "Annexe VIII"));
        LocalizedText b = LocalizedText.english("Annex IX");
        List<Choice> choices = List.of(new Choice("a", a, LocalizedText.english("Right"), true, null),
                new Choice("b", b, null, false, null));
        return Stream.of(
                new QuestionBody.SingleChoice(choices),
                new QuestionBody.MultipleChoice(List.of(new Choice("a", a, null, true, 0.5),
                        new Choice("b", b, null, true, 0.5), new Choice("c", b, null, false, -1.0))),
                new QuestionBody.TrueFalse(true, LocalizedText.english("Yes"), null),
                new QuestionBody.Matching(List.of(new MatchPair("p1", a, b), new MatchPair("p2", b, a)), List.of(a)),
                new QuestionBody.ShortAnswer(Map.of("en", List.of("Basel"), "fr", List.of("Bâle"))),
                new QuestionBody.Numeric(60, 0.5, "days", new LocalizedText(Map.of("en", "days", "fr", "jours"))),
                new QuestionBody.Ordering(choices),
                new QuestionBody.Inspection(
                        List.of(new CaseDocument("invoice", "invoice", LocalizedText.english("Commercial invoice"),
                                List.of(new CaseDocument.Field(LocalizedText.english("Seller"), a)),
                                LocalizedText.english("Stamped"), "media/invoice.png")),
                        Decision.DETAIN, Map.of("release", LocalizedText.english("No")), choices, 0.6));
    }

    @ParameterizedTest
    @MethodSource("bodies")
    void everyQuestionTypeSurvivesTheTripThroughJson(QuestionBody body) {
        QuestionDefinition question = new QuestionDefinition("q1", "scope", 2.0, LocalizedText.english("Prompt?"),
                null, LocalizedText.english("Because."), List.of("annex:Basel-VIII", "hs:8549"), body);

        String json = JSONB.toJson(question);
        QuestionDefinition back = JSONB.fromJson(json, QuestionDefinition.class);

        assertThat(json).contains("\"type\":\"" + body.type().keyword() + "\"");
        assertThat(back).isEqualTo(question);
        assertThat(back.type()).isEqualTo(body.type());
    }

    @Test
    void aNumericQuestionStoredBeforeUnitLabelsWereTranslatedStillReads() {
        QuestionBody body = JsonbBuilder.create().fromJson(
                "{\"type\":\"numeric\",\"answer\":60.0,\"tolerance\":0.5,\"unit\":\"days\"}", QuestionBody.class);

        assertThat(body).isEqualTo(new QuestionBody.Numeric(60, 0.5, "days", null));
        assertThat(((QuestionBody.Numeric) body).unitIn("fr")).isEqualTo("days");
    }
}
