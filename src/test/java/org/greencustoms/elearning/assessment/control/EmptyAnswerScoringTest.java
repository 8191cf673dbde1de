package org.greencustoms.elearning.assessment.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greencustoms.elearning.assessment.control.Questions.inspection;
import static org.greencustoms.elearning.assessment.control.Questions.right;
import static org.greencustoms.elearning.assessment.control.Questions.wrong;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.greencustoms.elearning.assessment.entity.Decision;
import org.greencustoms.elearning.assessment.entity.QuestionDefinition;
import org.greencustoms.elearning.assessment.entity.QuestionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A learner may skip a question, or a request may come without the part of the answer a type needs. */
class EmptyAnswerScoringTest {

    static Stream<QuestionDefinition> everyType() {
        return Stream.of(
                Questions.single(right("a"), wrong("b")),
                Questions.multiple(right("a"), wrong("b")),
                Questions.multiple(Questions.weighted("a", 1), Questions.weighted("b", -1)),
                Questions.trueFalse(false),
                Questions.matching(2, 1),
                Questions.shortAnswer(Map.of("en", List.of("Basel"))),
                Questions.numeric(0, 0),
                Questions.ordering("a", "b", "c"),
                inspection(Decision.DETAIN, 0.5, 4, right("a"), wrong("b")),
                inspection(Decision.RELEASE, 0.5, 4, wrong("a")));
    }

    @Test
    void theCasesCoverEveryType() {
        assertThat(everyType().map(QuestionDefinition::type)).containsAll(List.of(QuestionType.values()));
    }

    @ParameterizedTest
    @MethodSource("everyType")
    void anEmptyAnswerScoresNothing(QuestionDefinition question) {
        assertNothing(question, Answer.empty());
    }

    @ParameterizedTest
    @MethodSource("everyType")
    void noAnswerAtAllScoresNothing(QuestionDefinition question) {
        assertNothing(question, null);
    }

    @ParameterizedTest
    @MethodSource("everyType")
    void emptyCollectionsAndBlankTextScoreNothing(QuestionDefinition question) {
        assertNothing(question, new Answer("", List.of(), null, Map.of(), "", List.of(), "", List.of()));
    }

    @ParameterizedTest
    @MethodSource("everyType")
    void theAnswerOfAnotherTypeScoresNothing(QuestionDefinition question) {
        Answer mismatched = switch (question.type()) {
            case TRUE_FALSE -> Answer.single("a");
            case NUMERIC -> Answer.trueFalse(true);
            default -> Answer.numeric("0");
        };

        assertNothing(question, mismatched);
    }

    private static void assertNothing(QuestionDefinition question, Answer answer) {
        QuestionScore score = new Scorer().score(question, answer, "en");

        assertThat(score.fraction()).isZero();
        assertThat(score.points()).isZero();
        assertThat(score.parts()).allSatisfy(part -> assertThat(part.points()).isZero());
        assertThat(score.parts()).hasSize(question.type() == QuestionType.INSPECTION ? 2 : 0);
    }
}
