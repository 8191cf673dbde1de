package org.greencustoms.elearning.platform.export;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** How cells read in either format: text made harmless to spreadsheets, numbers and dates written exactly. */
final class Cells {

    private Cells() {
    }

    /**
     * The text with a leading apostrophe if a spreadsheet would take it for a formula (OWASP's CSV injection
     * advice): =, +, -, @, tab and carriage return. Only text is neutralised, never a {@link Number}: -3 stays -3.
     */
    static String neutralised(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
                || first == '\r';
        return formula ? "'" + text : text;
    }

    /** The instant a zoned or offset date-time stands for; a plain Instant as it is; empty for anything else. */
    static Optional<Instant> instant(Object cell) {
        if (cell instanceof Instant instant) {
            return Optional.of(instant);
        } else if (cell instanceof OffsetDateTime time) {
            return Optional.of(time.toInstant());
        } else if (cell instanceof ZonedDateTime time) {
            return Optional.of(time.toInstant());
        }
        return Optional.empty();
    }

    /** A cell as CSV text: ISO-8601 dates (instants in UTC), plain decimal numbers, null and NaN empty. */
    static String csv(Object cell) {
        if (cell == null) {
            return "";
        } else if (cell instanceof Number number) {
            return number(number);
        } else if (cell instanceof Boolean || cell instanceof LocalDate) {
            return cell.toString();
        } else if (cell instanceof LocalDateTime time) {
            return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(time);
        } else if (cell instanceof Enum<?> constant) {
            return constant.name();
        }
        return instant(cell).map(DateTimeFormatter.ISO_INSTANT::format).orElseGet(() -> neutralised(cell.toString()));
    }

    /** Plain decimal, never 1.0E10: 2.0 is "2", 0.1f is "0.1"; NaN and infinities, which no sheet reads, empty. */
    private static String number(Number number) {
        if (number instanceof Double || number instanceof Float) {
            double value = number.doubleValue();
            if (!Double.isFinite(value)) {
                return "";
            }
            BigDecimal exact = number instanceof Float ? new BigDecimal(number.toString()) : BigDecimal.valueOf(value);
            return exact.stripTrailingZeros().toPlainString();
        } else if (number instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return number.toString();
    }
}
