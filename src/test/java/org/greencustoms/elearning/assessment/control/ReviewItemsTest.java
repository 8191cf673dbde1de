package org.greencustoms.elearning.assessment.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.greencustoms.elearning.assessment.control.Questions.inspection;
import static org.greencustoms.elearning.assessment.control.Questions.matching;
import static org.greencustoms.elearning.assessment.control.Questions.multiple;
import static org.greencustoms.elearning.assessment.control.Questions.numeric;
import static org.greencustoms.elearning.assessment.control.Questions.ordering;
import static org.greencustoms.elearning.assessment.control.Questions.right;
import static org.greencustoms.elearning.assessment.control.Questions.score;
import static org.greencustoms.elearning.assessment.control.Questions.shortAnswer;
import static org.greencustoms.elearning.assessment.control.Questions.trueFalse;
import static org.greencustoms.elearning.assessment.control.Questions.wrong;

import java.util.List;
import java.util.Map;
import org.greencustoms.elearning.assessment.control.ReviewItem.Line;
import org.greencustoms.elearning.assessment.control.ReviewItem.Outcome;
import org.greencustoms.elearning.assessment.entity.Decision;
import org.greencustoms.elearning.assessment.entity.QuestionDefinition;
import org.junit.jupiter.api.Test;

/** The review puts the key next to the learner's answer, for every type, and says how it went. */
class ReviewItemsTest {

    private static ReviewItem review(QuestionDefinition question, Answer answer) {
        return ReviewItems.review(question, answer, score(question, answer), "en", "/media/m/1/");
    }

    @Test
    void choicesShowWhatWasTickedAndWhatWasRight() {
        ReviewItem item = review(multiple(right("a"), right("b"), wrong("c")), Answer.multiple(List.of("a", "c")));

        assertThat(item.outcome()).isEqualTo(Outcome.WRONG);
        assertThat(item.lines()).extracting(Line::text, Line::chosenFlag, Line::rightFlag)
                .containsExactly(tuple("a", true, true), tuple("b", false, true), tuple("c", true, false));
    }

    @Test
    void partCreditIsPartlyRightAndNoAnswerIsUnanswered() {
        QuestionDefinition question = multiple(right("a"), right("b"), wrong("c"));

        assertThat(review(question, Answer.multiple(List.of("a"))).outcome()).isEqualTo(Outcome.PARTLY);
        assertThat(review(question, Answer.empty()).outcome()).isEqualTo(Outcome.UNANSWERED);
        assertThat(review(question, Answer.multiple(List.of("a", "b"))).outcome()).isEqualTo(Outcome.RIGHT);
    }

    @Test
    void trueFalseLinesAreKeywordsForThePageToTranslate() {
        ReviewItem item = review(trueFalse(false), Answer.trueFalse(true));

        assertThat(item.lines()).extracting(Line::text, Line::chosenFlag, Line::rightFlag)
                .containsExactly(tuple("true", true, false), tuple("false", false, true));
    }

    @Test
    void matchingShowsWhatWasPutWhereAndWhatBelongsThere() {
        ReviewItem item = review(matching(2, 1), Answer.matching(Map.of("p1", "p1", "p2", "distractor-0")));

        assertThat(item.lines()).extracting(Line::text, Line::chosen, Line::right, Line::chosenFlag).containsExactly(
                tuple("left 1", "right 1", "right 1", true), tuple("left 2", "distractor 0", "right 2", false));
        assertThat(item.outcome()).isEqualTo(Outcome.PARTLY);
    }

    @Test
    void orderingShowsEachPlaceWithTheLearnersItemAndTheRightOne() {
        ReviewItem item = review(ordering("x", "y", "z"), Answer.ordering(List.of("y", "x", "z")));

        assertThat(item.lines()).extracting(Line::text, Line::chosen, Line::right)
                .containsExactly(tuple("1.", "y", "x"), tuple("2.", "x", "y"), tuple("3.", "z", "z"));
    }

    @Test
    void typedAnswersShowTheFirstAcceptedAnswerAndTheTolerance() {
        ReviewItem typed = review(shortAnswer(Map.of("en", List.of("movement document", "the movement document"))),
                Answer.shortAnswer("notification"));
        ReviewItem number = review(numeric(60, 5), Answer.numeric("61"));

        assertThat(typed.given()).isEqualTo("notification");
        assertThat(typed.expected()).isEqualTo("movement document");
        assertThat(number.expected()).isEqualTo("60 ± 5");
        assertThat(number.outcome()).isEqualTo(Outcome.RIGHT);
    }

    @Test
    void inspectionsShowTheCaseFileTheDecisionsAndTheRedFlags() {
        ReviewItem item = review(inspection(Decision.DETAIN, 0.5, 4, right("no-permit"), wrong("invoice")),
                Answer.inspection("release", List.of("no-permit")));

        assertThat(item.caseFile()).extracting(QuestionView.DocumentView::title).containsExactly("Commercial invoice");
        assertThat(item.given()).isEqualTo("release");
        assertThat(item.expected()).isEqualTo("detain");
        assertThat(item.lines()).extracting(Line::text, Line::chosenFlag, Line::rightFlag)
                .containsExactly(tuple("no-permit", true, true), tuple("invoice", false, false));
        assertThat(item.earned()).isEqualTo(2.0);
        assertThat(item.outcome()).isEqualTo(Outcome.PARTLY);
    }
}
