package org.greencustoms.elearning.platform;

import java.util.List;
import java.util.Locale;

/** The languages the platform speaks, and how a request's language is chosen among them. */
public final class Languages {

    /** English first: it is the language every text has, and the fallback for the others. */
    public static final List<String> SUPPORTED = List.of("en", "fr", "es", "pt");
    public static final String DEFAULT = "en";
    public static final List<String> TRANSLATIONS = SUPPORTED.subList(1, SUPPORTED.size());

    private Languages() {
    }

    /** The language if the platform speaks it, else English. */
    public static String supported(String language) {
        return SUPPORTED.contains(language) ? language : DEFAULT;
    }

    /** The first of the preferred locales the platform supports, else English. */
    public static String choose(List<Locale> preferred) {
        return preferred.stream().map(Locale::getLanguage).filter(SUPPORTED::contains).findFirst().orElse(DEFAULT);
    }
}
