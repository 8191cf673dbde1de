package org.greencustoms.elearning.reporting.control;

import java.util.List;

/** A learner of the cohort and their cell in each column of the matrix, in column order. */
public record MatrixRow(long accountId, String username, String displayName, String administration,
        List<ModuleFacts.Cell> cells) {

    public MatrixRow {
        cells = List.copyOf(cells);
    }

    /** The mean percent over the assigned modules: how far along the learner is overall. */
    public int overallPercent() {
        return cells.isEmpty() ? 0 : (int) Math.round(cells.stream().mapToInt(ModuleFacts.Cell::percent).average()
                .orElse(0));
    }

    public boolean anyOverdue() {
        return cells.stream().anyMatch(ModuleFacts.Cell::overdue);
    }
}
