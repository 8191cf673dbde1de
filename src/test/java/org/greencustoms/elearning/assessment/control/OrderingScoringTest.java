package org.greencustoms.elearning.assessment.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greencustoms.elearning.assessment.control.Questions.EXACT;
import static org.greencustoms.elearning.assessment.control.Questions.ordering;
import static org.greencustoms.elearning.assessment.control.Questions.score;

import java.util.Arrays;
import java.util.List;
import org.greencustoms.elearning.assessment.entity.QuestionDefinition;
import org.junit.jupiter.api.Test;

/** Four stages of a PIC movement: three neighbour pairs, each worth a third. */
class OrderingScoringTest {

    private final QuestionDefinition picStages = ordering("notify", "consent", "move", "confirm");

    private double fraction(String... order) {
        return score(picStages, Answer.ordering(List.of(order))).fraction();
    }

    @Test
    void theRightOrderScoresFull() {
        assertThat(fraction("notify", "consent", "move", "confirm")).isEqualTo(1.0);
    }

    @Test
    void theReversedOrderScoresNothing() {
        assertThat(fraction("confirm", "move", "consent", "notify")).isZero();
    }

    @Test
    void oneSwapOfNeighboursBreaksEveryPairItTouches() {
        assertThat(fraction("consent", "notify", "move", "confirm")).isCloseTo(1.0 / 3, EXACT);
        assertThat(fraction("notify", "consent", "confirm", "move")).isCloseTo(1.0 / 3, EXACT);
        assertThat(fraction("notify", "move", "consent", "confirm")).isZero();
    }

    @Test
    void oneSwapOfDistantItemsKeepsThePairsBetweenThem() {
        QuestionDefinition five = ordering("a", "b", "c", "d", "e");

        assertThat(score(five, Answer.ordering(List.of("e", "b", "c", "d", "a"))).fraction()).isCloseTo(0.5, EXACT);
    }

    @Test
    void aBlockInTheWrongPlaceKeepsItsInnerPairs() {
        assertThat(fraction("move", "confirm", "notify", "consent")).isCloseTo(2.0 / 3, EXACT);
    }

    @Test
    void aMissingItemBreaksThePairsAroundIt() {
        assertThat(fraction("notify", "consent", "confirm")).isCloseTo(1.0 / 3, EXACT);
        assertThat(fraction("notify", "consent", "move")).isCloseTo(2.0 / 3, EXACT);
        assertThat(fraction("notify")).isZero();
    }

    @Test
    void anUnknownItemBreaksThePairsAroundIt() {
        assertThat(fraction("notify", "consent", "inspect", "move", "confirm")).isCloseTo(2.0 / 3, EXACT);
        assertThat(fraction("notify", "consent", "move", "confirm", "inspect")).isEqualTo(1.0);
    }

    @Test
    void aRepeatedItemCountsOnlyWhereItFirstAppears() {
        assertThat(fraction("notify", "consent", "notify", "move", "confirm")).isCloseTo(2.0 / 3, EXACT);
        assertThat(fraction("notify", "consent", "move", "confirm", "confirm")).isEqualTo(1.0);
    }

    @Test
    void repeatingItemsCannotCollectEveryPossiblePair() {
        QuestionDefinition threeItems = ordering("a", "b", "c");
        List<String> everyPair = List.of("a", "b", "a", "c", "b", "c", "a");

        assertThat(score(threeItems, Answer.ordering(everyPair)).fraction()).isEqualTo(0.5);
    }

    @Test
    void anEmptyOrderScoresNothing() {
        assertThat(fraction()).isZero();
    }

    @Test
    void missingIdsInTheListAreSkippedAsGaps() {
        Answer withNull = new Answer(null, null, null, null, null, Arrays.asList("notify", null, "move", "confirm"),
                null, null);

        assertThat(score(picStages, withNull).fraction()).isCloseTo(1.0 / 3, EXACT);
    }

    @Test
    void twoItemsAreAllOrNothing() {
        QuestionDefinition pair = ordering("first", "second");

        assertThat(score(pair, Answer.ordering(List.of("first", "second"))).fraction()).isEqualTo(1.0);
        assertThat(score(pair, Answer.ordering(List.of("second", "first"))).fraction()).isZero();
    }
}
