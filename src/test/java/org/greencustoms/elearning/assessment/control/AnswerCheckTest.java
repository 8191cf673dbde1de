package org.greencustoms.elearning.assessment.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greencustoms.elearning.assessment.control.Questions.right;
import static org.greencustoms.elearning.assessment.control.Questions.wrong;

import java.util.List;
import java.util.Map;
import org.greencustoms.elearning.assessment.entity.Decision;
import org.greencustoms.elearning.assessment.entity.QuestionDefinition;
import org.junit.jupiter.api.Test;

class AnswerCheckTest {

    /** Checks against the ids a learner would have been shown for the question's choices in package order. */
    private static List<String> problems(QuestionDefinition question, Answer answer) {
        List<String> drawn = AttemptDraw.choiceIds(question.body());
        return AnswerCheck.problems(question, AttemptDraw.visibleIds(question.body(), drawn), answer);
    }

    @Test
    void tooManyChoicesAreReported() {
        assertThat(problems(Questions.multiple(right("a"), wrong("b")), Answer.multiple(List.of("a", "b", "a"))))
                .containsExactly("q1: more choices than the question has");
    }

    @Test
    void possibleAnswersOfEveryTypePass() {
        assertThat(problems(Questions.single(right("a"), wrong("b")), Answer.single("b"))).isEmpty();
        assertThat(problems(Questions.multiple(right("a"), wrong("b")), Answer.multiple(List.of("a", "b"))))
                .isEmpty();
        assertThat(problems(Questions.trueFalse(true), Answer.trueFalse(false))).isEmpty();
        assertThat(problems(Questions.matching(2, 1),
                Answer.matching(Map.of("p1", "r3", "p2", "r1")))).isEmpty();
        assertThat(problems(Questions.numeric(60, 0), Answer.numeric("sixty"))).as("wrong, not impossible")
                .isEmpty();
        assertThat(problems(Questions.ordering("x", "y"), Answer.ordering(List.of("y", "x")))).isEmpty();
        assertThat(problems(Questions.inspection(Decision.DETAIN, 0.5, 4, right("f1")),
                Answer.inspection("Refer", List.of("f1")))).isEmpty();
        assertThat(problems(Questions.single(right("a")), Answer.empty())).isEmpty();
    }

    @Test
    void unknownChoicesAreReported() {
        assertThat(problems(Questions.single(right("a"), wrong("b")), Answer.single("z")))
                .containsExactly("q1: 'z' is not a choice of this question");
        assertThat(problems(Questions.matching(2, 0), Answer.matching(Map.of("p7", "r1", "p1", "p2"))))
                .as("an unknown left item, and a package id instead of the id shown").hasSize(2);
        assertThat(problems(Questions.inspection(Decision.DETAIN, 0.5, 4, right("f1")),
                Answer.inspection("confiscate", List.of("f9")))).hasSize(2);
    }

    @Test
    void fieldsOfAnotherTypeAreReportedOnce() {
        assertThat(problems(Questions.trueFalse(true), Answer.single("a")))
                .containsExactly("q1: this type of question takes no 'option'");
    }

    @Test
    void overlongTextIsReported() {
        assertThat(problems(Questions.numeric(1, 0), Answer.numeric("9".repeat(501)))).hasSize(1);
    }
}
