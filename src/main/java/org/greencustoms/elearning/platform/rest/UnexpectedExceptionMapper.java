package org.greencustoms.elearning.platform.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.greencustoms.elearning.platform.DatabaseUnavailable;

/**
 * Every other failure also answers with problem JSON: the framework's own (unknown path, wrong method, unreadable
 * parameter) with their status and a fixed text for it, a database that does not answer as 503 with Retry-After
 * (callers such as the save bar retry), and unexpected ones as 500, logged with the request's context. The
 * framework's messages are never passed on: they name classes, methods and library versions.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        if (e instanceof WebApplicationException web) {
            if (web.getResponse().hasEntity()) {
                return web.getResponse();   // one of ours, such as the size limit, already answered in full
            }
            LOG.log(Level.FINE, "REST request refused by the framework", e);
            Response.StatusType status = web.getResponse().getStatusInfo();
            return new ProblemDetails("about:blank", status.getReasonPhrase(), status.getStatusCode(),
                    detail(status.getStatusCode()), List.of()).toResponse();
        }
        if (DatabaseUnavailable.causes(e)) {
            LOG.warning(() -> "A REST request failed because the database does not answer: " + e);
            return Response.fromResponse(new ProblemDetails("about:blank", "Service Unavailable", 503,
                    "The database is not answering; nothing was changed. Try again in a few seconds.", List.of())
                    .toResponse()).header("Retry-After", "5").build();
        }
        LOG.log(Level.SEVERE, "Unexpected failure of a REST request", e);
        return new ProblemDetails("about:blank", "Internal Server Error", 500,
                "The server could not complete the request; it has been logged.", List.of()).toResponse();
    }

    static String detail(int status) {
        return switch (status) {
            case 400 -> "A path or query parameter does not have the expected form (a number, a date, one of the "
                    + "listed values); the API description at /openapi gives each one";
            case 404 -> "There is no such address in the API; the API description at /openapi lists them";
            case 405 -> "This address does not take this method; the API description at /openapi lists the methods";
            case 406 -> "This address cannot answer in the format the Accept header asks for (mostly "
                    + "application/json)";
            case 415 -> "This address does not take a body of this Content-Type (mostly application/json)";
            default -> status >= 500 ? "The server could not complete the request; it has been logged."
                    : "The request was refused (HTTP " + status + ")";
        };
    }
}
