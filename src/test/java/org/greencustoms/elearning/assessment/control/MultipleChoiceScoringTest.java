package org.greencustoms.elearning.assessment.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greencustoms.elearning.assessment.control.Questions.EXACT;
import static org.greencustoms.elearning.assessment.control.Questions.multiple;
import static org.greencustoms.elearning.assessment.control.Questions.right;
import static org.greencustoms.elearning.assessment.control.Questions.score;
import static org.greencustoms.elearning.assessment.control.Questions.weighted;
import static org.greencustoms.elearning.assessment.control.Questions.wrong;

import java.util.List;
import org.greencustoms.elearning.assessment.entity.QuestionDefinition;
import org.junit.jupiter.api.Test;

class MultipleChoiceScoringTest {

    /** Three right documents (a, b, c) and one wrong (d), as in the README's example. */
    private final QuestionDefinition documents = multiple(right("a"), right("b"), right("c"), wrong("d"));

    private double fraction(QuestionDefinition question, String... ticked) {
        return score(question, Answer.multiple(List.of(ticked))).fraction();
    }

    @Test
    void allRightOptionsAndNoWrongOneScoreFull() {
        assertThat(fraction(documents, "a", "b", "c")).isCloseTo(1.0, EXACT);
    }

    @Test
    void eachRightOptionGivesOneKth() {
        assertThat(fraction(documents, "a")).isCloseTo(1.0 / 3, EXACT);
        assertThat(fraction(documents, "a", "c")).isCloseTo(2.0 / 3, EXACT);
    }

    @Test
    void eachWrongOptionTakesOneKthAway() {
        assertThat(fraction(documents, "a", "b", "d")).isCloseTo(1.0 / 3, EXACT);
    }

    @Test
    void tickingEverythingScoresOneMinusWrongOverK() {
        assertThat(fraction(documents, "a", "b", "c", "d")).isCloseTo(2.0 / 3, EXACT);

        QuestionDefinition oneRightOfFour = multiple(right("a"), wrong("b"), wrong("c"), wrong("d"));
        assertThat(fraction(oneRightOfFour, "a", "b", "c", "d")).isZero();
    }

    @Test
    void theScoreNeverFallsBelowZero() {
        QuestionDefinition oneRight = multiple(right("a"), wrong("b"), wrong("c"));

        assertThat(fraction(oneRight, "b", "c")).isZero();
        assertThat(fraction(oneRight, "a", "b", "c")).isZero();
    }

    @Test
    void nothingTickedScoresNothing() {
        assertThat(fraction(documents)).isZero();
    }

    @Test
    void unknownOptionsAreIgnored() {
        assertThat(fraction(documents, "a", "b", "c", "zz")).isCloseTo(1.0, EXACT);
    }

    @Test
    void anOptionTickedTwiceCountsOnce() {
        assertThat(fraction(documents, "a", "a", "a")).isCloseTo(1.0 / 3, EXACT);
        assertThat(fraction(documents, "a", "b", "c", "d", "d")).isCloseTo(2.0 / 3, EXACT);
    }

    @Test
    void withFractionsTheScoreIsTheSumOfTheTickedOnes() {
        QuestionDefinition weightedOptions = multiple(weighted("a", 0.7), weighted("b", 0.3), weighted("c", 0));

        assertThat(fraction(weightedOptions, "a")).isCloseTo(0.7, EXACT);
        assertThat(fraction(weightedOptions, "b")).isCloseTo(0.3, EXACT);
        assertThat(fraction(weightedOptions, "a", "b", "c")).isCloseTo(1.0, EXACT);
    }

    @Test
    void negativeFractionsTakePointsAwayDownToZero() {
        QuestionDefinition penalised = multiple(weighted("a", 0.5), weighted("b", 0.5), weighted("c", -0.5),
                weighted("d", -1));

        assertThat(fraction(penalised, "a", "b", "c")).isCloseTo(0.5, EXACT);
        assertThat(fraction(penalised, "a", "c")).isZero();
        assertThat(fraction(penalised, "a", "b", "c", "d")).isZero();
        assertThat(fraction(penalised, "d")).isZero();
    }

    @Test
    void fractionsAreClampedAtOne() {
        QuestionDefinition generous = multiple(weighted("a", 1), weighted("b", 1), weighted("c", -0.5));

        assertThat(fraction(generous, "a", "b")).isEqualTo(1.0);
    }

    @Test
    void pointsFollowTheFraction() {
        QuestionDefinition worthTwo = Questions.question(2, documents.body());

        assertThat(score(worthTwo, Answer.multiple(List.of("a", "b"))).points()).isCloseTo(4.0 / 3, EXACT);
    }
}
