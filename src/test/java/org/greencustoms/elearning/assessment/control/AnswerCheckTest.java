package org.greencustoms.elearning.assessment.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greencustoms.elearning.assessment.control.Questions.right;
import static org.greencustoms.elearning.assessment.control.Questions.wrong;

import java.util.List;
import java.util.Map;
import org.greencustoms.elearning.assessment.entity.Decision;
import org.junit.jupiter.api.Test;

class AnswerCheckTest {

    @Test
    void possibleAnswersOfEveryTypePass() {
        assertThat(AnswerCheck.problems(Questions.single(right("a"), wrong("b")), Answer.single("b"))).isEmpty();
        assertThat(AnswerCheck.problems(Questions.multiple(right("a"), wrong("b")), Answer.multiple(List.of("a", "b"))))
                .isEmpty();
        assertThat(AnswerCheck.problems(Questions.trueFalse(true), Answer.trueFalse(false))).isEmpty();
        assertThat(AnswerCheck.problems(Questions.matching(2, 1),
                Answer.matching(Map.of("p1", "distractor-0", "p2", "p1")))).isEmpty();
        assertThat(AnswerCheck.problems(Questions.numeric(60, 0), Answer.numeric("sixty"))).as("wrong, not impossible")
                .isEmpty();
        assertThat(AnswerCheck.problems(Questions.ordering("x", "y"), Answer.ordering(List.of("y", "x")))).isEmpty();
        assertThat(AnswerCheck.problems(Questions.inspection(Decision.DETAIN, 0.5, 4, right("f1")),
                Answer.inspection("Refer", List.of("f1")))).isEmpty();
        assertThat(AnswerCheck.problems(Questions.single(right("a")), Answer.empty())).isEmpty();
    }

    @Test
    void unknownChoicesAreReported() {
        assertThat(AnswerCheck.problems(Questions.single(right("a"), wrong("b")), Answer.single("z")))
                .containsExactly("q1: 'z' is not a choice of this question");
        assertThat(AnswerCheck.problems(Questions.matching(2, 0), Answer.matching(Map.of("p7", "p1", "p1", "p9"))))
                .hasSize(2);
        assertThat(AnswerCheck.problems(Questions.inspection(Decision.DETAIN, 0.5, 4, right("f1")),
                Answer.inspection("confiscate", List.of("f9")))).hasSize(2);
    }

    @Test
    void fieldsOfAnotherTypeAreReportedOnce() {
        assertThat(AnswerCheck.problems(Questions.trueFalse(true), Answer.single("a")))
                .containsExactly("q1: this type of question takes no 'option'");
    }

    @Test
    void overlongTextIsReported() {
        assertThat(AnswerCheck.problems(Questions.numeric(1, 0), Answer.numeric("9".repeat(501)))).hasSize(1);
    }
}
