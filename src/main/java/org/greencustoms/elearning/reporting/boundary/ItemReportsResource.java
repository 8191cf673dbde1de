package org.greencustoms.elearning.reporting.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.greencustoms.elearning.platform.InvalidRequestException;
import org.greencustoms.elearning.platform.export.ExportFormat;
import org.greencustoms.elearning.platform.rest.Caller;
import org.greencustoms.elearning.platform.rest.ExportResponse;

/** Quiz item analysis over REST, as JSON or as a CSV or XLSX file of its questions. */
@Path("reports/items")
@Tag(name = "Reports")
public class ItemReportsResource {

    @Inject
    ItemReports reports;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Item analysis of a module version (Moodle's definitions), for a cohort or everyone the caller "
            + "may see; first attempts by default (attempts=all for all); split by the attempt's language too")
    @APIResponse(responseCode = "400", description = "No module given")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a trainer or administrator")
    @APIResponse(responseCode = "404", description = "No such module or version, or a cohort not the caller's")
    public ItemReport analyse(@QueryParam("module") String module, @QueryParam("version") Integer version,
            @QueryParam("cohort") Long cohort, @QueryParam("attempts") @DefaultValue("first") String attempts,
            @QueryParam("lang") String lang, @Context HttpHeaders headers) {
        return reports.analyse(module, version, cohort, first(attempts), Caller.language(lang, headers));
    }

    @GET
    @Path("export")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @Operation(summary = "The questions' statistics as CSV (format=csv) or XLSX (format=xlsx)")
    @APIResponse(responseCode = "400", description = "No module given, or not a format the platform writes")
    @APIResponse(responseCode = "404", description = "No such module or version, or a cohort not the caller's")
    public Response export(@QueryParam("format") String format, @QueryParam("module") String module,
            @QueryParam("version") Integer version, @QueryParam("cohort") Long cohort,
            @QueryParam("attempts") @DefaultValue("first") String attempts, @QueryParam("lang") String lang,
            @Context HttpHeaders headers) {
        ExportFormat chosen = ExportResponse.format(format);
        return ExportResponse.of(reports.export(module, version, cohort, first(attempts),
                Caller.language(lang, headers)), chosen);
    }

    private static boolean first(String attempts) {
        if (!"first".equals(attempts) && !"all".equals(attempts)) {
            throw new InvalidRequestException(List.of("attempts: first or all, not '" + attempts + "'"));
        }
        return "first".equals(attempts);
    }
}
