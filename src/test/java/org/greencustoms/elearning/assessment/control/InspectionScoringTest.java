package org.greencustoms.elearning.assessment.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greencustoms.elearning.assessment.control.Questions.EXACT;
import static org.greencustoms.elearning.assessment.control.Questions.inspection;
import static org.greencustoms.elearning.assessment.control.Questions.right;
import static org.greencustoms.elearning.assessment.control.Questions.score;
import static org.greencustoms.elearning.assessment.control.Questions.wrong;

import java.util.List;
import org.greencustoms.elearning.assessment.entity.Decision;
import org.greencustoms.elearning.assessment.entity.QuestionDefinition;
import org.junit.jupiter.api.Test;

/** The README's monitors case: detain, three real red flags and one harmless fact, worth 4 points. */
class InspectionScoringTest {

    private static final List<String> REAL_FLAGS = List.of("by-weight", "no-consent", "loose");

    private final QuestionDefinition monitors = inspection(Decision.DETAIN, 0.5, 4,
            right("by-weight"), right("no-consent"), right("loose"), wrong("invoice-present"));

    @Test
    void theRightDecisionAndEveryRedFlagScoreFull() {
        QuestionScore score = score(monitors, Answer.inspection("detain", REAL_FLAGS));

        assertThat(score.fraction()).isCloseTo(1.0, EXACT);
        assertThat(score.points()).isCloseTo(4.0, EXACT);
        assertThat(score.parts()).containsExactly(
                new PartScore(PartScore.DECISION, 1.0, 2.0),
                new PartScore(PartScore.RED_FLAGS, 1.0, 2.0));
    }

    @Test
    void theRightDecisionWithoutRedFlagsScoresTheDecisionPart() {
        QuestionScore score = score(monitors, Answer.inspection("detain", List.of()));

        assertThat(score.fraction()).isCloseTo(0.5, EXACT);
        assertThat(score.points()).isCloseTo(2.0, EXACT);
        assertThat(score.parts()).containsExactly(
                new PartScore(PartScore.DECISION, 1.0, 2.0),
                new PartScore(PartScore.RED_FLAGS, 0.0, 0.0));
    }

    @Test
    void aWrongDecisionWithEveryRedFlagScoresTheRedFlagsPart() {
        QuestionScore score = score(monitors, Answer.inspection("release", REAL_FLAGS));

        assertThat(score.fraction()).isCloseTo(0.5, EXACT);
        assertThat(score.parts()).extracting(PartScore::fraction).containsExactly(0.0, 1.0);
    }

    @Test
    void redFlagsAreScoredLikeAMultipleQuestion() {
        QuestionScore twoOfThree = score(monitors, Answer.inspection("detain", List.of("by-weight", "loose")));
        QuestionScore everything = score(monitors,
                Answer.inspection("detain", List.of("by-weight", "no-consent", "loose", "invoice-present")));

        assertThat(twoOfThree.parts().get(1).fraction()).isCloseTo(2.0 / 3, EXACT);
        assertThat(twoOfThree.fraction()).isCloseTo(0.5 + 0.5 * 2 / 3, EXACT);
        assertThat(everything.parts().get(1).fraction()).isCloseTo(2.0 / 3, EXACT);
        assertThat(score(monitors, Answer.inspection("detain", List.of("invoice-present"))).parts().get(1).fraction())
                .isZero();
    }

    @Test
    void theDecisionKeywordIgnoresCase() {
        assertThat(score(monitors, Answer.inspection("DETAIN", List.of())).parts().get(0).fraction()).isEqualTo(1.0);
        assertThat(score(monitors, Answer.inspection("Detain", List.of())).parts().get(0).fraction()).isEqualTo(1.0);
    }

    @Test
    void anUnknownDecisionScoresNothingForTheDecision() {
        assertThat(score(monitors, Answer.inspection("seize", REAL_FLAGS)).parts().get(0).fraction()).isZero();
    }

    @Test
    void aCustomWeightSharesThePointsDifferently() {
        QuestionDefinition decisionHeavy = inspection(Decision.REFER, 0.75, 2, right("no-permit"), wrong("labelled"));

        QuestionScore decisionOnly = score(decisionHeavy, Answer.inspection("refer", List.of()));
        QuestionScore flagsOnly = score(decisionHeavy, Answer.inspection("detain", List.of("no-permit")));

        assertThat(decisionOnly.fraction()).isCloseTo(0.75, EXACT);
        assertThat(decisionOnly.points()).isCloseTo(1.5, EXACT);
        assertThat(decisionOnly.parts()).containsExactly(
                new PartScore(PartScore.DECISION, 1.0, 1.5),
                new PartScore(PartScore.RED_FLAGS, 0.0, 0.0));
        assertThat(flagsOnly.fraction()).isCloseTo(0.25, EXACT);
        assertThat(flagsOnly.parts().get(1).points()).isCloseTo(0.5, EXACT);
    }

    @Test
    void aWeightOfOneScoresTheDecisionAlone() {
        QuestionDefinition decisionOnly = inspection(Decision.DETAIN, 1.0, 4, right("by-weight"));

        assertThat(score(decisionOnly, Answer.inspection("detain", List.of())).fraction()).isEqualTo(1.0);
        assertThat(score(decisionOnly, Answer.inspection("release", List.of("by-weight"))).fraction()).isZero();
    }

    @Test
    void thePartsAddUpToTheQuestionsPoints() {
        QuestionScore score = score(monitors, Answer.inspection("detain", List.of("loose", "invoice-present")));

        assertThat(score.parts().stream().mapToDouble(PartScore::points).sum()).isCloseTo(score.points(), EXACT);
    }

    @Test
    void whenNothingIsSuspiciousTickingNothingIsRight() {
        QuestionDefinition clean = inspection(Decision.RELEASE, 0.5, 4, wrong("invoice-present"), wrong("labelled"));

        assertThat(score(clean, Answer.inspection("release", List.of())).fraction()).isEqualTo(1.0);
        assertThat(score(clean, Answer.inspection("release", List.of("labelled"))).fraction()).isEqualTo(0.5);
        assertThat(score(clean, Answer.empty()).fraction()).isZero();
    }

    @Test
    void anEmptyAnswerScoresNothingInBothParts() {
        QuestionScore score = score(monitors, Answer.empty());

        assertThat(score.fraction()).isZero();
        assertThat(score.parts()).containsExactly(
                new PartScore(PartScore.DECISION, 0.0, 0.0),
                new PartScore(PartScore.RED_FLAGS, 0.0, 0.0));
    }
}
