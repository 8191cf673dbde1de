package org.greencustoms.elearning.platform.export;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A table to export: column headers and rows produced one at a time (so a large export never sits in memory).
 *
 * <p>The rows are a {@link Stream} rather than an Iterable so that a JPA query's {@code getResultStream()}, mapped
 * to rows, goes straight in: {@link TableExport#write} consumes it once and closes it, which releases the query's
 * cursor. A cell is a {@link String}, {@link Number}, {@link Boolean}, {@link java.time.Instant},
 * {@link java.time.LocalDate}, {@link java.time.LocalDateTime}, {@link java.time.OffsetDateTime} or
 * {@link java.time.ZonedDateTime} (both exported as their instant, in UTC), an enum (its name), or null (an empty
 * cell); anything else is exported as its {@code toString()}.
 *
 * @param name what the table is, e.g. "Audit log": the XLSX sheet's name
 * @param headers the column headers, in the reader's language
 * @param rows each row as many cells as there are headers
 */
public record ExportTable(String name, List<String> headers, Stream<? extends List<?>> rows) {

    public ExportTable {
        Objects.requireNonNull(name, "name");
        headers = List.copyOf(headers);
        Objects.requireNonNull(rows, "rows");
    }
}
