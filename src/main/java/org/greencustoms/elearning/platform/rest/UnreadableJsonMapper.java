package org.greencustoms.elearning.platform.rest;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** A request body that is not JSON, or not JSON of the expected shape, is the client's mistake: 400, with where. */
@Provider
public class UnreadableJsonMapper implements ExceptionMapper<JsonbException> {

    @Override
    public Response toResponse(JsonbException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof WebApplicationException refused) {
                return refused.getResponse();   // such as the size limit, hit while the body was being read
            }
        }
        String where = e.getMessage() == null ? "" : e.getMessage().replaceFirst("^Internal error: ", "");
        return new ProblemDetails("about:blank", "Bad Request", 400,
                "The request body is not JSON of the expected shape: " + where, List.of()).toResponse();
    }
}
