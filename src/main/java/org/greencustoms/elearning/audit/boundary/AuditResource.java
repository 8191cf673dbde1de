package org.greencustoms.elearning.audit.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.greencustoms.elearning.platform.InvalidRequestException;
import org.greencustoms.elearning.platform.Page;
import org.greencustoms.elearning.platform.export.ExportFormat;
import org.greencustoms.elearning.platform.rest.Caller;
import org.greencustoms.elearning.platform.rest.ExportResponse;

/** The audit log over REST, for administrators: filtered and paged, or exported whole. */
@Path("audit")
@Tag(name = "Audit log", description = "Who did what to which record, when; for administrators")
public class AuditResource {

    @Inject
    AuditLog log;

    @Inject
    Caller caller;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Entries by actor, action, record and date (from and to as yyyy-MM-dd, both included, UTC), "
            + "newest first, a page at a time")
    @APIResponse(responseCode = "400", description = "A date that is not yyyy-MM-dd")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    public Page<AuditLog.Entry> search(@QueryParam("actor") String actor, @QueryParam("action") String action,
            @QueryParam("record") String record, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return log.search(query(actor, action, record, from, to), Page.offset(offset), Page.limit(limit));
    }

    @GET
    @Path("export")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @Operation(summary = "Every matching entry, oldest first, as CSV (format=csv) or XLSX (format=xlsx)")
    @APIResponse(responseCode = "400", description = "Not a format the platform writes, or a bad date")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    public Response export(@QueryParam("format") String format, @QueryParam("actor") String actor,
            @QueryParam("action") String action, @QueryParam("record") String record,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        // Refused here, before the answer starts: once the file streams out, a refusal could no longer be a 403.
        caller.withRole("ADMIN");
        ExportFormat chosen = ExportResponse.format(format);
        AuditLog.Query query = query(actor, action, record, from, to);
        return ExportResponse.streamed("audit-log", chosen, out -> log.export(query, chosen, out));
    }

    /** The day's start for {@code from}; the next day's start for {@code to}, so that the day itself is in. */
    static AuditLog.Query query(String actor, String action, String record, String from, String to) {
        return new AuditLog.Query(actor, action, record, day(from, "from", 0), day(to, "to", 1));
    }

    private static Instant day(String text, String name, int plusDays) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip()).plusDays(plusDays).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(List.of(name + ": '" + text + "' is not a date as yyyy-MM-dd"));
        }
    }
}
