package org.greencustoms.elearning.assessment.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greencustoms.elearning.assessment.control.Questions.EXACT;
import static org.greencustoms.elearning.assessment.control.Questions.matching;
import static org.greencustoms.elearning.assessment.control.Questions.score;

import java.util.HashMap;
import java.util.Map;
import org.greencustoms.elearning.assessment.entity.QuestionDefinition;
import org.junit.jupiter.api.Test;

class MatchingScoringTest {

    private final QuestionDefinition entriesToAnnexes = matching(3, 1);

    private double fraction(Map<String, String> matches) {
        return score(entriesToAnnexes, Answer.matching(matches)).fraction();
    }

    @Test
    void everyPairMatchedScoresFull() {
        assertThat(fraction(Map.of("p1", "p1", "p2", "p2", "p3", "p3"))).isEqualTo(1.0);
    }

    @Test
    void eachRightPairGivesItsShare() {
        assertThat(fraction(Map.of("p1", "p1", "p2", "p3", "p3", "p2"))).isCloseTo(1.0 / 3, EXACT);
        assertThat(fraction(Map.of("p1", "p1", "p2", "p2", "p3", "p1"))).isCloseTo(2.0 / 3, EXACT);
    }

    @Test
    void aDistractorMatchesNothing() {
        assertThat(fraction(Map.of("p1", "p1", "p2", "p2", "p3", "distractor-0"))).isCloseTo(2.0 / 3, EXACT);
        assertThat(fraction(Map.of("p1", "distractor-0", "p2", "distractor-0", "p3", "distractor-0"))).isZero();
    }

    @Test
    void leftItemsLeftUnmatchedScoreNothing() {
        assertThat(fraction(Map.of("p2", "p2"))).isCloseTo(1.0 / 3, EXACT);
        assertThat(fraction(Map.of())).isZero();
    }

    @Test
    void unknownLeftItemsAndEmptyChoicesAreIgnored() {
        Map<String, String> matches = new HashMap<>(Map.of("p1", "p1", "p9", "p9"));
        matches.put("p2", null);

        assertThat(score(entriesToAnnexes, new Answer(null, null, null, matches, null, null, null, null)).fraction())
                .isCloseTo(1.0 / 3, EXACT);
    }
}
