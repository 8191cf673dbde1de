package org.greencustoms.elearning.content.control;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * One thing wrong with a content package: where it is (file, and line when there is one), and what is wrong as a
 * message key with its arguments, so that each author reads it, with a hint on how to fix it, in their language.
 *
 * @param key the message in {@code problems.properties}; {@code <key>.hint}, when there is one, is the hint
 * @param args the MessageFormat arguments, already strings so that no number is grouped by a locale's rules
 */
public record Problem(String file, Integer line, String key, List<String> args) implements Serializable {

    private static final String BUNDLE = "org.greencustoms.elearning.content.control.problems";

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    static Problem of(String file, Integer line, String key, Object... args) {
        return new Problem(file, line, key, Arrays.stream(args).map(String::valueOf).toList());
    }

    public String message(Locale locale) {
        return format(bundle(locale), key);
    }

    /** The hint, or null if the key has none. */
    public String hint(Locale locale) {
        ResourceBundle bundle = bundle(locale);
        return bundle.containsKey(key + ".hint") ? format(bundle, key + ".hint") : null;
    }

    /** The problem as a reader in that language sees it, with its key and arguments for clients that translate. */
    public Localized in(Locale locale) {
        return new Localized(file, line, key, args, message(locale), hint(locale));
    }

    /** A problem with its texts in one language, as REST clients receive it. */
    public record Localized(String file, Integer line, String key, List<String> args, String message, String hint) {
    }

    private String format(ResourceBundle bundle, String pattern) {
        return new MessageFormat(bundle.getString(pattern), bundle.getLocale()).format(args.toArray());
    }

    /**
     * The problems in the language, English where it has none; never the server's default language, which the JDK
     * would otherwise try before the English base bundle.
     */
    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** In English, for logs. */
    @Override
    public String toString() {
        String where = line == null ? file : file + ":" + line;
        String hint = hint(Locale.ENGLISH);
        return where + ": " + message(Locale.ENGLISH) + (hint == null ? "" : " (" + hint + ")");
    }
}
