package org.greencustoms.elearning.platform;

import java.util.Locale;
import java.util.ResourceBundle;

/** The interface texts outside Faces (problem titles, certificates). */
public final class Messages {

    private static final String BUNDLE = "org.greencustoms.elearning.web.messages";

    private Messages() {
    }

    /**
     * The texts in the language, English where it has none. Never the server's default language: English lives in
     * the base bundle, which the JDK would otherwise only reach after the default locale's.
     */
    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
