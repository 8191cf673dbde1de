package org.greencustoms.elearning.catalog.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompletionRuleTest {

    @ParameterizedTest(name = "{0}: units done {1}, quiz passed {2}, has quiz {3} -> {4}")
    @CsvSource({
            "UNITS_AND_QUIZ, true,  true,  true,  true",
            "UNITS_AND_QUIZ, true,  false, true,  false",
            "UNITS_AND_QUIZ, false, true,  true,  false",
            "UNITS_AND_QUIZ, true,  false, false, true",
            "QUIZ,           false, true,  true,  true",
            "QUIZ,           true,  false, true,  false",
            "QUIZ,           true,  false, false, true",
            "UNITS,          true,  false, true,  true",
            "UNITS,          false, true,  true,  false"})
    void completion(CompletionRule rule, boolean unitsDone, boolean quizPassed, boolean hasQuiz, boolean completed) {
        assertThat(rule.completed(unitsDone, quizPassed, hasQuiz)).isEqualTo(completed);
    }
}
