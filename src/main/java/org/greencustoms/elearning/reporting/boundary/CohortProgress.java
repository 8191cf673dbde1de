package org.greencustoms.elearning.reporting.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.greencustoms.elearning.people.boundary.Scope;
import org.greencustoms.elearning.people.entity.Cohort;
import org.greencustoms.elearning.platform.Audited;
import org.greencustoms.elearning.platform.Page;
import org.greencustoms.elearning.platform.export.ExportTable;
import org.greencustoms.elearning.reporting.control.CohortFacts;
import org.greencustoms.elearning.reporting.control.MatrixColumn;
import org.greencustoms.elearning.reporting.control.MatrixFilter;
import org.greencustoms.elearning.reporting.control.MatrixRow;
import org.greencustoms.elearning.reporting.control.ModuleFacts;
import org.greencustoms.elearning.reporting.control.ModuleTotals;

/**
 * The progress matrix of a cohort, for its trainers and administrators: learners × assigned modules, filtered,
 * sorted and paged, with totals per module and the completions over time; and its export. The cohort is reached
 * through {@link Scope}: another trainer's cohort is not found.
 */
@Stateless
@RolesAllowed({"TRAINER", "ADMIN"})
public class CohortProgress {

    @Inject
    Scope scope;

    @Inject
    CohortFacts facts;

    @Inject
    Event<Audited> audited;

    @Inject
    Clock clock;

    public ProgressMatrix matrix(long cohortId, MatrixFilter filter, int offset, int limit, String language) {
        Cohort cohort = scope.cohort(cohortId);
        CohortFacts.Matrix matrix = facts.read(cohortId, language, today());
        List<MatrixRow> kept = filter.apply(matrix.rows(), matrix.columns());
        List<ModuleTotals> totals = IntStream.range(0, matrix.columns().size())
                .mapToObj(i -> ModuleTotals.of(matrix.columns().get(i).module(), i, kept)).toList();
        int from = Page.offset(offset);
        int size = Page.limit(limit);
        List<MatrixRow> page = kept.subList(Math.min(from, kept.size()), Math.min(from + size, kept.size()));
        return new ProgressMatrix(cohortId, cohort.getName(), cohort.getAdministrations(), matrix.columns(),
                new Page<>(kept.size(), from, size, List.copyOf(page)), totals,
                series(matrix.columns(), matrix.completions()));
    }

    /** Every learner the filter keeps, one line each, with status, percent, grade and overdue per module. */
    public ExportTable export(long cohortId, MatrixFilter filter, String language) {
        Cohort cohort = scope.cohort(cohortId);
        CohortFacts.Matrix matrix = facts.read(cohortId, language, today());
        List<String> headers = new ArrayList<>(List.of("Username", "Name", "Administration", "Overall %"));
        for (MatrixColumn column : matrix.columns()) {
            String due = column.dueOn() == null ? "" : " (due " + column.dueOn() + ")";
            headers.addAll(List.of(column.module() + due + " status", column.module() + " %",
                    column.module() + " grade", column.module() + " attempts", column.module() + " overdue"));
        }
        Stream<List<?>> rows = filter.apply(matrix.rows(), matrix.columns()).stream().map(CohortProgress::line);
        audited.fire(new Audited("EXPORTED", "COHORT", String.valueOf(cohortId), "progress matrix"));
        return new ExportTable("Progress " + cohort.getName(), headers, rows);
    }

    private static List<?> line(MatrixRow row) {
        List<Object> cells = new ArrayList<>(List.of(row.username(), row.displayName(),
                row.administration() == null ? "" : row.administration(), row.overallPercent()));
        for (ModuleFacts.Cell cell : row.cells()) {
            cells.add(cell.status().name());
            cells.add(cell.percent());
            cells.add(cell.grade());
            cells.add(cell.attempts());
            cells.add(cell.overdue());
        }
        return cells;
    }

    private static List<ProgressMatrix.CompletionSeries> series(List<MatrixColumn> columns,
            List<CohortFacts.Completion> completions) {
        Map<String, TreeMap<LocalDate, Integer>> perDay = new LinkedHashMap<>();
        columns.forEach(c -> perDay.put(c.module(), new TreeMap<>()));
        for (CohortFacts.Completion completion : completions) {
            perDay.get(completion.module()).merge(LocalDate.ofInstant(completion.issuedAt(), ZoneOffset.UTC), 1,
                    Integer::sum);
        }
        List<ProgressMatrix.CompletionSeries> series = new ArrayList<>();
        for (MatrixColumn column : columns) {
            List<ProgressMatrix.Point> points = new ArrayList<>();
            int total = 0;
            for (Map.Entry<LocalDate, Integer> day : perDay.get(column.module()).entrySet()) {
                total += day.getValue();
                points.add(new ProgressMatrix.Point(day.getKey(), total));
            }
            series.add(new ProgressMatrix.CompletionSeries(column.module(), column.title(), points));
        }
        return series;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }
}
