package org.greencustoms.elearning.reporting.control;

import java.text.Collator;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Which learners of the matrix to show and in what order. A status or "overdue" applies to one module when
 * {@code module} names an assigned one, else to any of them; sorting by progress uses that module's percent, else
 * the learner's overall percent.
 *
 * @param text part of a username or name, any case
 * @param administration an ISO 3166 code, or null for every administration
 * @param status a status the learner must have, or null
 */
public record MatrixFilter(String text, String administration, CellStatus status, boolean overdueOnly,
        String module, Sort sort, boolean descending) {

    public enum Sort { NAME, USERNAME, ADMINISTRATION, PROGRESS, LAST_ACTIVITY }

    public static MatrixFilter none() {
        return new MatrixFilter(null, null, null, false, null, Sort.NAME, false);
    }

    public List<MatrixRow> apply(List<MatrixRow> rows, List<MatrixColumn> columns) {
        int column = columnOf(columns);
        return rows.stream().filter(matches(column)).sorted(order(column)).toList();
    }

    private int columnOf(List<MatrixColumn> columns) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).module().equals(module)) {
                return i;
            }
        }
        return -1;
    }

    private Predicate<MatrixRow> matches(int column) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return row -> (wanted.isEmpty() || row.username().contains(wanted)
                        || row.displayName().toLowerCase(Locale.ROOT).contains(wanted))
                && (administration == null || administration.isBlank()
                        || administration.equalsIgnoreCase(row.administration()))
                && (status == null || cells(row, column).stream().anyMatch(c -> c.status() == status))
                && (!overdueOnly || cells(row, column).stream().anyMatch(ModuleFacts.Cell::overdue));
    }

    private static List<ModuleFacts.Cell> cells(MatrixRow row, int column) {
        return column < 0 ? row.cells() : List.of(row.cells().get(column));
    }

    private Comparator<MatrixRow> order(int column) {
        Collator collator = Collator.getInstance(Locale.ROOT);
        collator.setStrength(Collator.PRIMARY);
        Comparator<MatrixRow> byName = Comparator.comparing(MatrixRow::displayName, collator)
                .thenComparing(MatrixRow::username);
        Comparator<MatrixRow> chosen = switch (sort == null ? Sort.NAME : sort) {
            case NAME -> byName;
            case USERNAME -> Comparator.comparing(MatrixRow::username);
            case ADMINISTRATION -> Comparator.comparing((MatrixRow r) -> r.administration() == null ? ""
                    : r.administration());
            case PROGRESS -> Comparator.comparingInt((MatrixRow r) -> column < 0 ? r.overallPercent()
                    : r.cells().get(column).percent());
            case LAST_ACTIVITY -> Comparator.comparing(MatrixFilter::lastActivity);
        };
        return (descending ? chosen.reversed() : chosen).thenComparing(byName);
    }

    private static Instant lastActivity(MatrixRow row) {
        return row.cells().stream().map(ModuleFacts.Cell::lastActivity).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(Instant.EPOCH);
    }
}
