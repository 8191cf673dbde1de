package org.greencustoms.elearning.reporting.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.greencustoms.elearning.reporting.control.ScoredAttempts.attempt;
import static org.greencustoms.elearning.reporting.control.ScoredAttempts.questions;

import java.util.ArrayList;
import java.util.List;
import org.greencustoms.elearning.reporting.control.QuestionStatistics.Flag;
import org.junit.jupiter.api.Test;

class QuestionFlagsTest {

    /**
     * Six learners at four questions: q1 to q3 sort them (the first three strong, the last three weak), q4 is the one
     * under test, with these marks in the same order.
     */
    private static QuestionStatistics q4(double... marks) {
        List<ScoredAttempt> attempts = new ArrayList<>();
        for (int i = 0; i < marks.length; i++) {
            double strong = i < marks.length / 2 ? 1 : 0;
            attempts.add(attempt(strong, strong, i % 2 == 0 ? strong : 1 - strong, marks[i]));
        }
        return ItemAnalysis.analyse(questions(1, 1, 1, 1), attempts).questions().get(3);
    }

    @Test
    void aQuestionNobodyGetsRightIsTooHard() {
        QuestionStatistics question = q4(0, 0, 0, 0, 0, 0);

        assertThat(question.facility()).hasValue(0);
        assertThat(question.flags()).containsExactly(Flag.TOO_HARD);
        assertThat(question.discriminationIndex()).isEmpty();
    }

    @Test
    void aQuestionEveryoneGetsRightIsTooEasyAndDoesNotDiscriminate() {
        QuestionStatistics question = q4(1, 1, 1, 1, 1, 1);

        assertThat(question.facility()).hasValue(1);
        assertThat(question.flags()).containsExactly(Flag.TOO_EASY);
        assertThat(question.discriminationIndex()).isEmpty();
        assertThat(question.discriminativeEfficiency()).isEmpty();
        assertThat(question.emptyBecause()).containsExactly(EmptyBecause.SAME_MARK_FOR_EVERYONE);
    }

    @Test
    void aQuestionTheWeakGetRightAndTheStrongWrongDiscriminatesNegatively() {
        QuestionStatistics question = q4(0, 0, 0, 1, 1, 1);

        assertThat(question.discriminationIndex()).isPresent();
        assertThat(question.discriminationIndex().getAsDouble()).isNegative();
        assertThat(question.discriminativeEfficiency().getAsDouble()).isNegative();
        assertThat(question.flags()).containsExactly(Flag.NEGATIVE_DISCRIMINATION);
    }

    @Test
    void aQuestionTheStrongGetRightAndTheWeakWrongRaisesNoFlag() {
        QuestionStatistics question = q4(1, 1, 1, 0, 0, 0);

        assertThat(question.discriminationIndex().getAsDouble()).isPositive();
        assertThat(question.discriminativeEfficiency()).hasValueCloseTo(100.0, within(1e-9));
        assertThat(question.flags()).isEmpty();
    }

    @Test
    void aQuestionTheWeakFailAndTheStrongFailHalfTheTimeIsTooHardAndStillDiscriminates() {
        QuestionStatistics question = q4(1, 0, 0, 0, 0, 0);

        assertThat(question.flags()).containsExactly(Flag.TOO_HARD);
        assertThat(question.discriminationIndex().getAsDouble()).isPositive();
    }

    @Test
    void theThresholdsThemselvesAreNotFlagged() {
        List<ScoredAttempt> twenty = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            twenty.add(attempt(i < 4 ? 1 : 0, i < 19 ? 1 : 0, i % 2));
        }

        List<QuestionStatistics> questions = ItemAnalysis.analyse(questions(1, 1, 1), twenty).questions();

        assertThat(questions.get(0).facility()).hasValue(0.20);
        assertThat(questions.get(0).flags()).doesNotContain(Flag.TOO_HARD);
        assertThat(questions.get(1).facility()).hasValue(0.95);
        assertThat(questions.get(1).flags()).doesNotContain(Flag.TOO_EASY);
    }
}
