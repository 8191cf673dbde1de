package org.greencustoms.elearning.assessment.entity;

import java.util.Map;
import org.greencustoms.elearning.catalog.entity.Localized;
import org.greencustoms.elearning.platform.Languages;

/** A text in one or more languages; English is always present. */
public record LocalizedText(Map<String, String> values) {

    public LocalizedText {
        values = Map.copyOf(values);
    }

    public static LocalizedText english(String text) {
        return new LocalizedText(Map.of(Languages.DEFAULT, text));
    }

    /** The text in {@code language}, else in English. */
    public String in(String language) {
        return Localized.pick(values, language);
    }
}
