package org.greencustoms.elearning.assessment.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Answers travel as JSON between the quiz page and the server, and are kept with the attempt. */
class AnswerJsonTest {

    private static final Jsonb JSONB = JsonbBuilder.create();

    static Stream<Answer> everyKind() {
        return Stream.of(Answer.empty(), Answer.single("a"), Answer.multiple(List.of("a", "c")),
                Answer.trueFalse(false), Answer.matching(Map.of("p1", "p2", "p2", "distractor-0")),
                Answer.shortAnswer("Convention de Bâle"), Answer.numeric("59,5"),
                Answer.ordering(List.of("notify", "consent")), Answer.inspection("detain", List.of("untested")));
    }

    @ParameterizedTest
    @MethodSource("everyKind")
    void everyKindOfAnswerSurvivesTheTripThroughJson(Answer answer) {
        assertThat(JSONB.fromJson(JSONB.toJson(answer), Answer.class)).isEqualTo(answer);
    }

    @Test
    void theJsonIsFlatAndLeavesOutWhatIsNotAnswered() {
        assertThat(JSONB.toJson(Answer.inspection("detain", List.of("untested"))))
                .isEqualTo("{\"decision\":\"detain\",\"flags\":[\"untested\"]}");
        assertThat(JSONB.toJson(Answer.empty())).isEqualTo("{}");
    }

    @Test
    void missingFieldsReadAsEmpty() {
        Answer answer = JSONB.fromJson("{\"option\":\"b\"}", Answer.class);

        assertThat(answer).isEqualTo(Answer.single("b"));
    }
}
