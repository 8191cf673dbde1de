package org.greencustoms.elearning.catalog.entity;

import java.util.Map;

/** Picks the text of a language from per-language texts, falling back to English, the language every package has. */
public final class Localized {

    public static final String DEFAULT_LANGUAGE = "en";

    private Localized() {
    }

    public static <T> T pick(Map<String, T> texts, String language) {
        T text = texts.get(language);
        if (text == null) {
            text = texts.get(DEFAULT_LANGUAGE);
        }
        if (text == null) {
            throw new IllegalStateException("No " + DEFAULT_LANGUAGE + " text among " + texts.keySet());
        }
        return text;
    }
}
