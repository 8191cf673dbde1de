package org.greencustoms.elearning.platform.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.stream.Stream;

/** Writes a report table as a CSV or XLSX file, streaming its rows from the table to the output. */
public final class TableExport {

    private TableExport() {
    }

    /**
     * Writes the table; consumes and closes its rows, but not {@code out}, which stays the caller's (a servlet's
     * response, a JAX-RS {@code StreamingOutput}).
     *
     * @throws IllegalArgumentException if a row does not have as many cells as the table has headers
     */
    public static void write(ExportTable table, ExportFormat format, OutputStream out) throws IOException {
        try (Stream<? extends List<?>> rows = table.rows()) {
            switch (format) {
                case CSV -> CsvExport.write(table.headers(), rows, out);
                case XLSX -> XlsxExport.write(table.name(), table.headers(), rows, out);
                default -> throw new IllegalArgumentException("No writer for " + format);
            }
        }
    }

    /** A row as it must be: a bug in a report, not in its data, so found the first time the report runs. */
    static List<?> checked(List<?> row, long number, List<String> headers) {
        if (row == null || row.size() != headers.size()) {
            throw new IllegalArgumentException("Row " + number + " has " + (row == null ? "no" : row.size())
                    + " cells for the " + headers.size() + " columns " + headers);
        }
        return row;
    }
}
