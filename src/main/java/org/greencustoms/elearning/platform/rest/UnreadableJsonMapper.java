package org.greencustoms.elearning.platform.rest;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request body that is not JSON, or not JSON of the expected shape, is the client's mistake: 400, naming the field
 * when the JSON-B message does. The message itself is not passed on, as it names the platform's classes (a role that
 * does not exist gives "No enum constant org.greencustoms...").
 */
@Provider
public class UnreadableJsonMapper implements ExceptionMapper<JsonbException> {

    private static final Logger LOG = Logger.getLogger(UnreadableJsonMapper.class.getName());
    private static final Pattern PROPERTY = Pattern.compile("property '?([A-Za-z][A-Za-z0-9_]{0,63})'?");

    @Override
    public Response toResponse(JsonbException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof WebApplicationException refused) {
                return refused.getResponse();   // such as the size limit, hit while the body was being read
            }
        }
        LOG.log(Level.FINE, "Unreadable JSON body", e);
        return new ProblemDetails("about:blank", "Bad Request", 400, detail(messages(e)), List.of()).toResponse();
    }

    static String detail(String messages) {
        Matcher property = PROPERTY.matcher(messages);
        if (property.find()) {
            return "The request body is not JSON of the expected shape: the field \"" + property.group(1)
                    + "\" has a value of the wrong type, or not one of the allowed values; the API description at "
                    + "/openapi gives each field";
        }
        return "The request body is not JSON of the expected shape: broken JSON, a field of the wrong type, or a value "
                + "that is not one of those allowed (such as a role other than LEARNER, AUTHOR, TRAINER or ADMIN); the "
                + "API description at /openapi gives each field";
    }

    private static String messages(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            all.append(cause.getMessage()).append('\n');
        }
        return all.toString();
    }
}
