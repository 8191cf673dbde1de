package org.greencustoms.elearning.assessment.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greencustoms.elearning.assessment.control.Questions.shortAnswer;

import java.util.List;
import java.util.Map;
import org.greencustoms.elearning.assessment.entity.QuestionDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShortAnswerScoringTest {

    private final QuestionDefinition convention = shortAnswer(Map.of(
            "en", List.of("Basel", "Basel Convention"),
            "fr", List.of("Bâle", "Convention de Bâle")));

    private double fraction(String typed, String language) {
        return new Scorer().score(convention, Answer.shortAnswer(typed), language).fraction();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Basel", "basel", "BASEL", "  Basel  ", "Basel.", "basel convention",
        "Basel\t \n Convention", "Basel Convention...", "Basel Convention ."})
    void caseSpacesAndTrailingFullStopsDoNotMatter(String typed) {
        assertThat(fraction(typed, "en")).isEqualTo(1.0);
    }

    @Test
    void accentsDoNotMatterOnEitherSide() {
        QuestionDefinition bale = shortAnswer(Map.of("en", List.of("bale")));

        assertThat(new Scorer().score(bale, Answer.shortAnswer("  Bâle. "), "en").fraction()).isEqualTo(1.0);
        assertThat(fraction("convention de bale", "fr")).isEqualTo(1.0);
        assertThat(fraction("CONVENTION DE BÂLE", "fr")).isEqualTo(1.0);
    }

    @Test
    void compatibilityFormsAreFolded() {
        QuestionDefinition co2 = shortAnswer(Map.of("en", List.of("CO2")));

        assertThat(new Scorer().score(co2, Answer.shortAnswer("CO₂"), "en").fraction()).isEqualTo(1.0);
        assertThat(new Scorer().score(co2, Answer.shortAnswer("ＣＯ２"), "en").fraction()).isEqualTo(1.0);
    }

    @Test
    void aFrenchLearnerMayAnswerInFrenchOrInEnglish() {
        assertThat(fraction("Convention de Bâle", "fr")).isEqualTo(1.0);
        assertThat(fraction("Basel Convention", "fr")).isEqualTo(1.0);
    }

    @Test
    void anotherLanguagesAnswersAreNotAccepted() {
        assertThat(fraction("Convention de Bâle", "en")).isZero();
        assertThat(fraction("Convention de Bâle", "es")).isZero();
    }

    @Test
    void withoutALanguageOnlyEnglishIsAccepted() {
        assertThat(fraction("Basel", null)).isEqualTo(1.0);
        assertThat(fraction("Bâle", null)).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Basle", "Basel Conventions", "Basel, Convention", "Rotterdam", ".", "Bas el"})
    void otherWordsAreWrong(String typed) {
        assertThat(fraction(typed, "en")).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void aBlankAnswerIsWrong(String typed) {
        assertThat(fraction(typed, "en")).isZero();
    }

    @Test
    void normalisationFollowsTheRule() {
        assertThat(TypedAnswers.normalise("  Bâle. ")).isEqualTo("bale");
        assertThat(TypedAnswers.normalise("Convention\u00a0de   BÂLE ..")).isEqualTo("convention de bale");
        assertThat(TypedAnswers.normalise("São Tomé e Príncipe")).isEqualTo("sao tome e principe");
        assertThat(TypedAnswers.normalise("U.S.A.")).isEqualTo("u.s.a");
    }
}
