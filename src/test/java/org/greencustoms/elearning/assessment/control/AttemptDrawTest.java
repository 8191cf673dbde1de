package org.greencustoms.elearning.assessment.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greencustoms.elearning.assessment.control.Questions.right;
import static org.greencustoms.elearning.assessment.control.Questions.wrong;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.greencustoms.elearning.assessment.entity.Decision;
import org.greencustoms.elearning.assessment.entity.QuestionBody;
import org.greencustoms.elearning.assessment.entity.QuestionDefinition;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class AttemptDrawTest {

    private static QuestionDefinition keyed(String key, QuestionDefinition q) {
        return new QuestionDefinition(key, null, q.points(), q.prompt(), null, null, q.tags(), q.body());
    }

    private final List<QuestionDefinition> quiz = List.of(
            keyed("q1", Questions.single(right("a"), wrong("b"), wrong("c"))),
            keyed("q2", Questions.trueFalse(true)),
            keyed("q3", Questions.matching(3, 1)),
            keyed("q4", Questions.ordering("x", "y")),
            keyed("q5", Questions.inspection(Decision.DETAIN, 0.5, 4, right("f1"), wrong("f2"))));

    @RepeatedTest(20)
    void everyQuestionAndChoiceIsDrawnOnceAndOrderingsNeverStartSolved() {
        AttemptDraw.Drawn drawn = new AttemptDraw(new Random()).draw(quiz);

        assertThat(drawn.questionOrder()).containsExactlyInAnyOrder("q1", "q2", "q3", "q4", "q5");
        assertThat(drawn.optionOrders().get("q1")).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(drawn.optionOrders().get("q3")).containsExactlyInAnyOrder("p1", "p2", "p3", "distractor-0");
        assertThat(drawn.optionOrders().get("q4")).containsExactly("y", "x");
        assertThat(drawn.optionOrders().get("q5")).containsExactlyInAnyOrder("f1", "f2");
        assertThat(drawn.optionOrders()).doesNotContainKey("q2");
    }

    @Test
    void theSameSeedDrawsTheSameOrderAndOthersDiffer() {
        AttemptDraw.Drawn once = new AttemptDraw(new Random(7)).draw(quiz);
        AttemptDraw.Drawn again = new AttemptDraw(new Random(7)).draw(quiz);

        assertThat(again).isEqualTo(once);
        long distinct = IntStream.range(0, 30).mapToObj(seed -> new AttemptDraw(new Random(seed)).draw(quiz))
                .map(AttemptDraw.Drawn::questionOrder).distinct().count();
        assertThat(distinct).isGreaterThan(10);
    }

    @Test
    void choiceIdsOfTypesWithoutChoicesAreEmpty() {
        assertThat(AttemptDraw.choiceIds(new QuestionBody.Numeric(1, 0, null, null))).isEmpty();
    }
}
