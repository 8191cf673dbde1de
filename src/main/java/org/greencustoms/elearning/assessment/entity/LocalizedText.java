package org.greencustoms.elearning.assessment.entity;

import java.util.Map;

/** A text in one or more languages; English is always present. */
public record LocalizedText(Map<String, String> values) {

    public LocalizedText {
        values = Map.copyOf(values);
    }

    public static LocalizedText english(String text) {
        return new LocalizedText(Map.of("en", text));
    }

    public String in(String language) {
        return values.getOrDefault(language, values.get("en"));
    }
}
