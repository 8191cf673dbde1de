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
 * body) with their status, a database that does not answer as 503 with Retry-After (callers such as the save bar
 * retry), and unexpected ones as 500, logged with the request's context and never shown in detail.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        if (e instanceof WebApplicationException web) {
            Response.StatusType status = web.getResponse().getStatusInfo();
            return new ProblemDetails("about:blank", status.getReasonPhrase(), status.getStatusCode(),
                    e.getMessage(), List.of()).toResponse();
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
}
