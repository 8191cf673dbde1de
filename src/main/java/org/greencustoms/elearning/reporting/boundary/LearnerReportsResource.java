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

/** A learner's detail over REST, for their trainers, and their attempts as a file. */
@Path("reports/learners/{id}")
@Tag(name = "Reports")
public class LearnerReportsResource {

    @Inject
    LearnerReports reports;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A learner of the caller's cohorts: progress per module, every attempt, certificates")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a trainer or administrator")
    @APIResponse(responseCode = "404", description = "No such learner in the caller's cohorts")
    public LearnerDetail detail(@PathParam("id") long id, @QueryParam("lang") String lang,
            @Context HttpHeaders headers) {
        return reports.detail(id, Caller.language(lang, headers));
    }

    @GET
    @Path("attempts/export")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @Operation(summary = "The learner's attempts as CSV (format=csv) or XLSX (format=xlsx)")
    @APIResponse(responseCode = "400", description = "Not a format the platform writes")
    @APIResponse(responseCode = "404", description = "No such learner in the caller's cohorts")
    public Response exportAttempts(@PathParam("id") long id, @QueryParam("format") String format,
            @QueryParam("lang") String lang, @Context HttpHeaders headers) {
        ExportFormat chosen = ExportResponse.format(format);
        return ExportResponse.of(reports.exportAttempts(id, Caller.language(lang, headers)), chosen);
    }
}
