package org.greencustoms.elearning.reporting.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.greencustoms.elearning.platform.export.ExportFormat;
import org.greencustoms.elearning.platform.rest.Caller;
import org.greencustoms.elearning.platform.rest.ExportResponse;
import org.greencustoms.elearning.reporting.control.CellStatus;
import org.greencustoms.elearning.reporting.control.MatrixFilter;

/** A cohort's progress matrix over REST, as JSON or as a CSV or XLSX file. */
@Path("reports/cohorts/{id}/progress")
@Tag(name = "Reports", description = "Progress, item analysis and programme indicators, for trainers")
public class CohortProgressResource {

    @Inject
    CohortProgress progress;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Learners × assigned modules: status, percent, grade, overdue; filtered, sorted, paged; "
            + "totals per module over every learner kept; completions over time")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a trainer or administrator")
    @APIResponse(responseCode = "404", description = "No such cohort, or not one the caller runs")
    public ProgressMatrix matrix(@PathParam("id") long id, @QueryParam("q") String text,
            @QueryParam("administration") String administration, @QueryParam("status") CellStatus status,
            @QueryParam("overdue") boolean overdue, @QueryParam("module") String module,
            @QueryParam("sort") MatrixFilter.Sort sort, @QueryParam("desc") boolean descending,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit,
            @QueryParam("lang") String lang, @Context HttpHeaders headers) {
        return progress.matrix(id, new MatrixFilter(text, administration, status, overdue, module, sort, descending),
                offset == null ? 0 : offset, limit == null ? 0 : limit, Caller.language(lang, headers));
    }

    @GET
    @Path("export")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @Operation(summary = "Every learner the filter keeps, as CSV (format=csv) or XLSX (format=xlsx)")
    @APIResponse(responseCode = "400", description = "Not a format the platform writes")
    @APIResponse(responseCode = "404", description = "No such cohort, or not one the caller runs")
    public Response export(@PathParam("id") long id, @QueryParam("format") String format,
            @QueryParam("q") String text, @QueryParam("administration") String administration,
            @QueryParam("status") CellStatus status, @QueryParam("overdue") boolean overdue,
            @QueryParam("module") String module, @QueryParam("sort") MatrixFilter.Sort sort,
            @QueryParam("desc") boolean descending, @QueryParam("lang") String lang, @Context HttpHeaders headers) {
        ExportFormat chosen = ExportResponse.format(format);
        return ExportResponse.of(progress.export(id, new MatrixFilter(text, administration, status, overdue, module,
                sort, descending), Caller.language(lang, headers)), chosen);
    }
}
