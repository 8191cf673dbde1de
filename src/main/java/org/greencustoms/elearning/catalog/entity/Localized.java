package org.greencustoms.elearning.catalog.entity;

import java.util.Map;
import org.greencustoms.elearning.platform.Languages;

/** Picks the text of a language from per-language texts, falling back to English, the language every package has. */
public final class Localized {

    private Localized() {
    }

    public static <T> T pick(Map<String, T> texts, String language) {
        T text = texts.get(language);
        if (text == null) {
            text = texts.get(Languages.DEFAULT);
        }
        if (text == null) {
            throw new IllegalStateException("No " + Languages.DEFAULT + " text among " + texts.keySet());
        }
        return text;
    }
}
