package org.greencustoms.elearning.authoring.boundary;

import java.io.Serializable;
import java.util.List;
import org.greencustoms.elearning.assessment.control.ReviewItem;
import org.greencustoms.elearning.catalog.entity.ModuleStatus;

/**
 * A version of a module as a learner reads it in one language, with the quiz's answer key, feedback and
 * explanations shown for its author.
 */
public record Preview(String module, int version, ModuleStatus status, String language, List<String> languages,
        String title, String summary, int passMark, int maxAttempts, List<PreviewUnit> units,
        List<ReviewItem> questions) implements Serializable {

    /** A unit, its HTML as rendered and sanitised when it was staged. */
    public record PreviewUnit(String id, String title, int minutes, String html) implements Serializable {
    }
}
