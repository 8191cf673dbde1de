package org.greencustoms.elearning.platform.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/** The small table both export tests write, and a way to write any table to bytes. */
final class ExportTables {

    static final Instant AT = Instant.parse("2026-03-01T10:15:30Z");
    static final LocalDate ON = LocalDate.of(2026, 3, 2);
    static final List<String> HEADERS = List.of("Username", "Name", "Score", "Change", "Passed", "Signed in",
            "Enrolled", "Note");

    private ExportTables() {
    }

    static ExportTable small() {
        return new ExportTable("Accounts", HEADERS, Stream.of(
                row("amina", "Amina Bello", 85, -3, true, AT, ON, "Bâle, \"Rotterdam\"\nStockholm"),
                row("kofi", "=HYPERLINK(\"http://evil\",\"x\")", 66.5, new BigDecimal("-0.25"), false, null, null,
                        "+233"),
                row("-x", "@SUM(A1)", 1.0e10, -7L, null, null, null, "\tTab"),
                row("jose", "José", null, null, null, null, null, "\rCR")));
    }

    static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    static byte[] write(ExportTable table, ExportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            TableExport.write(table, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
