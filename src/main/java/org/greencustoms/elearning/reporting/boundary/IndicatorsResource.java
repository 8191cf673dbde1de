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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.greencustoms.elearning.platform.InvalidRequestException;
import org.greencustoms.elearning.platform.export.ExportFormat;
import org.greencustoms.elearning.platform.rest.Caller;
import org.greencustoms.elearning.platform.rest.ExportResponse;
import org.greencustoms.elearning.reporting.control.IndicatorCounter;

/** The programme indicators over REST, as JSON or as a CSV or XLSX file. */
@Path("reports/indicators")
@Tag(name = "Reports")
public class IndicatorsResource {

    @Inject
    Indicators indicators;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Officers enrolled, completed and certified per country, region or agreement (by=) from "
            + "one day to another (from=, to=, ISO dates; this year to today by default), among the officers the "
            + "caller may see: everyone for an administrator, their country for a national coordinator, their "
            + "cohorts' learners for another trainer")
    @APIResponse(responseCode = "400", description = "Not a grouping, not a date, or a period that ends before it starts")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a trainer or administrator")
    public IndicatorReport report(@QueryParam("by") @DefaultValue("country") String by,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("lang") String lang,
            @Context HttpHeaders headers) {
        return indicators.report(grouping(by), date("from", from), date("to", to), Caller.language(lang, headers));
    }

    @GET
    @Path("export")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @Operation(summary = "The indicators as CSV (format=csv) or XLSX (format=xlsx), the total last")
    @APIResponse(responseCode = "400", description = "Not a format the platform writes, a grouping or a date")
    public Response export(@QueryParam("format") String format, @QueryParam("by") @DefaultValue("country") String by,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("lang") String lang,
            @Context HttpHeaders headers) {
        ExportFormat chosen = ExportResponse.format(format);
        return ExportResponse.of(indicators.export(grouping(by), date("from", from), date("to", to),
                Caller.language(lang, headers)), chosen);
    }

    static IndicatorCounter.Grouping grouping(String by) {
        return IndicatorCounter.Grouping.named(by).orElseThrow(
                () -> new InvalidRequestException(List.of("by: country, region or agreement, not '" + by + "'")));
    }

    static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(List.of(name + ": a date as 2026-10-12, not '" + value + "'"));
        }
    }
}
