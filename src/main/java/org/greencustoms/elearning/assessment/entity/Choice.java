package org.greencustoms.elearning.assessment.entity;

/**
 * An option of a choice question, an item of an ordering question or a red flag of an inspection.
 * {@code correct} is part of the answer key; {@code fraction} is an optional Moodle-style credit (-1 to 1).
 */
public record Choice(String id, LocalizedText text, LocalizedText feedback, boolean correct, Double fraction) {
}
