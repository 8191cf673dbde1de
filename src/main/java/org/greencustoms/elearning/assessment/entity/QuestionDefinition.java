package org.greencustoms.elearning.assessment.entity;

import java.util.List;

/** A question as a package defines it: what every type shares, plus its type-specific body. */
public record QuestionDefinition(String id, String unit, double points, LocalizedText prompt, LocalizedText feedback,
        LocalizedText explanation, List<String> tags, QuestionBody body) {

    public QuestionType type() {
        return body.type();
    }
}
