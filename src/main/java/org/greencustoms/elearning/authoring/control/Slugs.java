package org.greencustoms.elearning.authoring.control;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Stable ids for what Moodle only names: lowercase letters, digits and hyphens, starting with a letter or digit, at
 * most 64 characters, as the package format wants them; a name already given gets -2, -3...
 */
final class Slugs {

    static final int MAX_ID = 64;

    private final Set<String> taken;

    Slugs(Set<String> alreadyTaken) {
        this.taken = new HashSet<>(alreadyTaken);
    }

    /** A new id from the name, or from {@code fallback} when the name has no letter or digit. */
    String unique(String name, String fallback) {
        String base = slug(name, MAX_ID);
        if (base.isEmpty()) {
            base = fallback;
        }
        String id = base;
        for (int n = 2; !taken.add(id); n++) {
            String suffix = "-" + n;
            id = trimHyphens(base.substring(0, Math.min(base.length(), MAX_ID - suffix.length()))) + suffix;
        }
        return id;
    }

    /** Accents dropped, every run of other characters a single hyphen, cut at {@code max} characters. */
    static String slug(String text, int max) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        String trimmed = trimHyphens(plain);
        return trimHyphens(trimmed.substring(0, Math.min(trimmed.length(), max)));
    }

    private static String trimHyphens(String text) {
        return text.replaceAll("^-+|-+$", "");
    }
}
