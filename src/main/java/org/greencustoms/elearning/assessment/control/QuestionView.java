package org.greencustoms.elearning.assessment.control;

import java.io.Serializable;
import java.util.List;

/**
 * A question as the learner sees it during an attempt, in the drawn order and their language. It carries no
 * answer key, no feedback and no explanation: those reach the browser only in the review, after submitting.
 * Fields that do not apply to the type are empty.
 */
public record QuestionView(String key, String type, double points, String prompt, List<Item> choices,
        List<Item> leftItems, List<DocumentView> caseFile, List<String> decisions, String unitLabel) implements Serializable {

    /** Something to choose, match or order, by its id. */
    public record Item(String id, String text) implements Serializable {
    }

    public record DocumentView(String id, String kind, String title, List<Field> fields, String note, String image) implements Serializable {
    }

    public record Field(String label, String value) implements Serializable {
    }
}
