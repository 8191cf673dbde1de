package org.greencustoms.elearning.catalog.boundary;

import java.util.List;
import java.util.Locale;

/** The languages the platform speaks, and how a request's language is chosen among them. */
public final class Languages {

    public static final List<String> SUPPORTED = List.of("en", "fr", "es", "pt");

    private Languages() {
    }

    /** The first of the preferred locales the platform supports, else English. */
    public static String choose(List<Locale> preferred) {
        return preferred.stream().map(Locale::getLanguage).filter(SUPPORTED::contains).findFirst().orElse("en");
    }
}
