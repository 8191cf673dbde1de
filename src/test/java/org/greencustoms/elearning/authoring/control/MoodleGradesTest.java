package org.greencustoms.elearning.authoring.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("MoodleGrades accepts the grades Moodle's import accepts, within 0.00001")
class MoodleGradesTest {

    @ParameterizedTest
    @ValueSource(doubles = {1, 0.9, 0.8333333, 0.83333, 0.75, 0.6666667, 0.5, 0.3333333, 0.333333, 0.1428571, 0.05, 0,
            -0.05, -0.3333333, -1})
    void accepts(double fraction) {
        assertThat(MoodleGrades.match(fraction)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.33, 0.333, 0.34, 0.15, 1.5, -1.01, 0.99})
    void rejects(double fraction) {
        assertThat(MoodleGrades.match(fraction)).isEmpty();
    }

    @Test
    @DisplayName("a match is the option itself, and percentages are written as Moodle writes them")
    void snapsAndWrites() {
        assertThat(MoodleGrades.match(1.0 / 3)).contains(0.3333333);
        assertThat(MoodleGrades.percent(0.3333333)).isEqualTo("33.33333");
        assertThat(MoodleGrades.percent(-0.5)).isEqualTo("-50");
        assertThat(MoodleGrades.percent(1)).isEqualTo("100");
    }
}
