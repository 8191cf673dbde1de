package org.greencustoms.elearning.assessment.entity;

import java.util.List;

/** A document of an inspection case file (an invoice, a permit, a label...), shown to the learner as a card. */
public record CaseDocument(String id, String kind, LocalizedText title, List<Field> fields, LocalizedText note,
        String image) {

    public record Field(LocalizedText label, LocalizedText value) {
    }
}
