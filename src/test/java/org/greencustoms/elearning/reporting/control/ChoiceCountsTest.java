package org.greencustoms.elearning.reporting.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChoiceCountsTest {

    private static Map<String, QuestionChoices> count(String key, List<List<String>> attempts) {
        return ChoiceCounts.count(Map.of(key, attempts));
    }

    @Test
    void eachChoiceCountsTheAttemptsThatMadeItAndItsShareOfThem() {
        // Four attempts at a single choice: b, b, a, nothing.
        QuestionChoices single = count("q1", List.of(List.of("b"), List.of("b"), List.of("a"), List.of())).get("q1");

        assertThat(single.attemptCount()).isEqualTo(4);
        assertThat(single.unansweredCount()).isEqualTo(1);
        assertThat(single.of("b")).isEqualTo(new ChoiceCount(2, 0.5));
        assertThat(single.of("a")).isEqualTo(new ChoiceCount(1, 0.25));
    }

    @Test
    void theSharesOfAMultipleChoiceAddUpToMoreThanOne() {
        // Red flags ticked in five inspections: {f1, f2}, {f1}, {f1, f3}, {f2}, {f1}.
        QuestionChoices flags = count("q5", List.of(List.of("f1", "f2"), List.of("f1"), List.of("f1", "f3"),
                List.of("f2"), List.of("f1"))).get("q5");

        assertThat(flags.of("f1").count()).isEqualTo(4);
        assertThat(flags.of("f1").share()).isCloseTo(0.8, within(1e-12));
        assertThat(flags.of("f2").share()).isCloseTo(0.4, within(1e-12));
        assertThat(flags.of("f3").share()).isCloseTo(0.2, within(1e-12));
        assertThat(flags.unansweredCount()).isZero();
    }

    @Test
    void theMostChosenComeFirstAndTiesInAlphabeticalOrder() {
        QuestionChoices decisions = count("q2", List.of(List.of("release"), List.of("detain"), List.of("seize"),
                List.of("detain"), List.of("release"), List.of("detain"))).get("q2");

        assertThat(decisions.choices().keySet()).containsExactly("detain", "release", "seize");
    }

    @Test
    void aChoiceNobodyMadeCountsZero() {
        QuestionChoices single = count("q1", List.of(List.of("a"))).get("q1");

        assertThat(single.of("distractor")).isEqualTo(new ChoiceCount(0, 0));
        assertThat(single.choices()).containsOnlyKeys("a");
    }

    @Test
    void aChoiceMadeTwiceInOneAttemptCountsOnceAndNullOrBlankIsNoChoice() {
        List<List<String>> attempts = new ArrayList<>();
        attempts.add(List.of("a", "a"));
        attempts.add(Arrays.asList(null, " "));
        attempts.add(null);

        QuestionChoices question = count("q1", attempts).get("q1");

        assertThat(question.attemptCount()).isEqualTo(3);
        assertThat(question.unansweredCount()).isEqualTo(2);
        assertThat(question.choices()).containsOnlyKeys("a");
        assertThat(question.of("a").count()).isEqualTo(1);
    }

    @Test
    void questionsKeepTheGivenOrderAndAQuestionNobodyHadIsEmpty() {
        Map<String, List<List<String>>> chosen = new LinkedHashMap<>();
        chosen.put("q3", List.of(List.of("x")));
        chosen.put("q1", List.of());
        chosen.put("q2", List.of(List.of("y")));

        Map<String, QuestionChoices> counts = ChoiceCounts.count(chosen);

        assertThat(counts.keySet()).containsExactly("q3", "q1", "q2");
        assertThat(counts.get("q1").attemptCount()).isZero();
        assertThat(counts.get("q1").choices()).isEmpty();
    }
}
