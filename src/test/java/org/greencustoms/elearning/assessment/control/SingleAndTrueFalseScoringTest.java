package org.greencustoms.elearning.assessment.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greencustoms.elearning.assessment.control.Questions.EXACT;
import static org.greencustoms.elearning.assessment.control.Questions.question;
import static org.greencustoms.elearning.assessment.control.Questions.right;
import static org.greencustoms.elearning.assessment.control.Questions.score;
import static org.greencustoms.elearning.assessment.control.Questions.single;
import static org.greencustoms.elearning.assessment.control.Questions.trueFalse;
import static org.greencustoms.elearning.assessment.control.Questions.wrong;

import java.util.List;
import org.greencustoms.elearning.assessment.entity.QuestionBody;
import org.greencustoms.elearning.assessment.entity.QuestionDefinition;
import org.junit.jupiter.api.Test;

class SingleAndTrueFalseScoringTest {

    private final QuestionDefinition annexQuestion = single(wrong("a"), right("b"), wrong("c"));

    @Test
    void theRightOptionScoresFull() {
        QuestionScore score = score(annexQuestion, Answer.single("b"));

        assertThat(score.fraction()).isEqualTo(1.0);
        assertThat(score.points()).isEqualTo(1.0);
        assertThat(score.parts()).isEmpty();
    }

    @Test
    void aWrongOptionScoresNothing() {
        assertThat(score(annexQuestion, Answer.single("a")).fraction()).isZero();
    }

    @Test
    void anUnknownOptionScoresNothing() {
        assertThat(score(annexQuestion, Answer.single("z")).fraction()).isZero();
    }

    @Test
    void pointsAreTheFractionTimesTheQuestionsPoints() {
        QuestionDefinition worthThree = question(3, new QuestionBody.SingleChoice(List.of(right("a"), wrong("b"))));

        assertThat(score(worthThree, Answer.single("a")).points()).isCloseTo(3.0, EXACT);
        assertThat(score(worthThree, Answer.single("b")).points()).isZero();
    }

    @Test
    void trueFalseScoresFullWhenTheValueIsTheKey() {
        assertThat(score(trueFalse(true), Answer.trueFalse(true)).fraction()).isEqualTo(1.0);
        assertThat(score(trueFalse(false), Answer.trueFalse(false)).fraction()).isEqualTo(1.0);
    }

    @Test
    void trueFalseScoresNothingWhenTheValueIsNotTheKey() {
        assertThat(score(trueFalse(true), Answer.trueFalse(false)).fraction()).isZero();
        assertThat(score(trueFalse(false), Answer.trueFalse(true)).fraction()).isZero();
    }

    @Test
    void trueFalseWithoutAValueScoresNothingEvenWhenTheKeyIsFalse() {
        assertThat(score(trueFalse(false), Answer.empty()).fraction()).isZero();
    }
}
