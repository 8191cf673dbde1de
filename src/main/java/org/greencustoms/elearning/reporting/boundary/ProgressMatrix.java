package org.greencustoms.elearning.reporting.boundary;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.greencustoms.elearning.platform.Page;
import org.greencustoms.elearning.reporting.control.MatrixColumn;
import org.greencustoms.elearning.reporting.control.MatrixRow;
import org.greencustoms.elearning.reporting.control.ModuleTotals;

/**
 * A cohort's progress matrix: one column per assigned module, one page of the learners the filter keeps, the
 * totals of every learner it keeps (not only this page's), and the completions over time for the chart.
 */
public record ProgressMatrix(long cohortId, String cohortName, Set<String> administrations,
        List<MatrixColumn> columns, Page<MatrixRow> rows, List<ModuleTotals> totals,
        List<CompletionSeries> completions) {

    /** Cumulative completions of one module, one point per day a certificate was issued. */
    public record CompletionSeries(String module, String title, List<Point> points) {
    }

    public record Point(LocalDate day, int completed) {
    }
}
