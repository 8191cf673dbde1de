package org.greencustoms.elearning.platform.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import org.greencustoms.elearning.platform.BusinessException;
import org.greencustoms.elearning.platform.Messages;

/**
 * Turns a refused request into a problem answer whose title comes from the message bundle; its details (such as a
 * package's problems) are in the language the request accepts.
 */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(BusinessException e) {
        return problem(e, Locale.forLanguageTag(Caller.language(null, headers))).toResponse();
    }

    static ProblemDetails problem(BusinessException e, Locale details) {
        String title = Messages.bundle(Locale.ENGLISH).getString(e.messageKey());
        return new ProblemDetails("about:blank", title, e.httpStatus(), e.getMessage(), e.details(details));
    }
}
