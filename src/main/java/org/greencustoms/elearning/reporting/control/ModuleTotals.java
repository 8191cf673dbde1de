package org.greencustoms.elearning.reporting.control;

import java.util.List;

/** How the shown learners stand in one module: the totals row of the matrix. */
public record ModuleTotals(String module, int notStarted, int inProgress, int passed, int failed, int overdue) {

    public static ModuleTotals of(String module, int column, List<MatrixRow> rows) {
        int[] counts = new int[CellStatus.values().length];
        int overdue = 0;
        for (MatrixRow row : rows) {
            ModuleFacts.Cell cell = row.cells().get(column);
            counts[cell.status().ordinal()]++;
            overdue += cell.overdue() ? 1 : 0;
        }
        return new ModuleTotals(module, counts[CellStatus.NOT_STARTED.ordinal()],
                counts[CellStatus.IN_PROGRESS.ordinal()], counts[CellStatus.PASSED.ordinal()],
                counts[CellStatus.FAILED.ordinal()], overdue);
    }

    /** The share of the shown learners who passed, 0 to 100. */
    public int passedPercent() {
        int all = notStarted + inProgress + passed + failed;
        return all == 0 ? 0 : Math.round(100f * passed / all);
    }
}
