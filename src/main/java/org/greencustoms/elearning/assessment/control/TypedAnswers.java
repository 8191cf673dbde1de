package org.greencustoms.elearning.assessment.control;

import java.text.Normalizer;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/** How typed answers are read: short answers are compared loosely, numbers parsed leniently. */
final class TypedAnswers {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern TRAILING_STOPS = Pattern.compile("[.\\s]+$", Pattern.UNICODE_CHARACTER_CLASS);
    /** Digits with at most one decimal separator; no exponent, no grouping, no NaN or Infinity. */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(?:\\d+(?:[.,]\\d*)?|[.,]\\d+)");

    private TypedAnswers() {
    }

    /** NFKD, accents removed, lower case, one space between words, no surrounding spaces or trailing full stops. */
    static String normalise(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String plain = COMBINING_MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        String spaced = SPACES.matcher(plain).replaceAll(" ").strip();
        return TRAILING_STOPS.matcher(spaced).replaceAll("");
    }

    /** The number typed, with a comma or a full stop as decimal separator; empty if it is not a plain number. */
    static OptionalDouble number(String text) {
        String trimmed = text.strip();
        if (!NUMBER.matcher(trimmed).matches()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Double.parseDouble(trimmed.replace(',', '.')));
    }
}
