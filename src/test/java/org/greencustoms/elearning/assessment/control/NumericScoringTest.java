package org.greencustoms.elearning.assessment.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greencustoms.elearning.assessment.control.Questions.numeric;
import static org.greencustoms.elearning.assessment.control.Questions.score;

import org.greencustoms.elearning.assessment.entity.QuestionDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NumericScoringTest {

    private final QuestionDefinition sixtyDays = numeric(60, 0.5);

    private double fraction(QuestionDefinition question, String typed) {
        return score(question, Answer.numeric(typed)).fraction();
    }

    @ParameterizedTest
    @ValueSource(strings = {"60", "60.0", "60,0", " 60 ", "+60", "59.5", "59,5", "60.5", "60,5", "59.75", "060"})
    void aNumberWithinTheToleranceBoundsIncludedIsRight(String typed) {
        assertThat(fraction(sixtyDays, typed)).isEqualTo(1.0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"59.49", "60.51", "59,4999", "60.500001", "-60", "0"})
    void aNumberJustOutsideTheToleranceIsWrong(String typed) {
        assertThat(fraction(sixtyDays, typed)).isZero();
    }

    @Test
    void decimalToleranceBoundsThatAreNotExactInBinaryStillCount() {
        QuestionDefinition ratio = numeric(0.3, 0.1);

        assertThat(fraction(ratio, "0.2")).isEqualTo(1.0);
        assertThat(fraction(ratio, "0,4")).isEqualTo(1.0);
        assertThat(fraction(ratio, "0.19")).isZero();
        assertThat(fraction(ratio, ".4")).isEqualTo(1.0);
    }

    @Test
    void withoutToleranceOnlyTheExactAnswerIsRight() {
        QuestionDefinition year = numeric(2025, 0);

        assertThat(fraction(year, "2025")).isEqualTo(1.0);
        assertThat(fraction(year, "2025.")).isEqualTo(1.0);
        assertThat(fraction(year, "2024")).isZero();
        assertThat(fraction(year, "2025.001")).isZero();
    }

    @Test
    void negativeAnswersWork() {
        assertThat(fraction(numeric(-5, 0), "-5")).isEqualTo(1.0);
        assertThat(fraction(numeric(-5, 0), "5")).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "sixty", "60 days", "6O", "1e2", "60d", "0x3C", "NaN", "Infinity", "1,000.5",
        "60..", "6 0", "--60", ",", "."})
    void anythingButAPlainNumberIsWrongNotAnError(String typed) {
        assertThat(fraction(sixtyDays, typed)).isZero();
        assertThat(TypedAnswers.number(typed)).isEmpty();
    }
}
