package org.greencustoms.elearning.platform.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import org.greencustoms.elearning.platform.BusinessException;
import org.greencustoms.elearning.platform.Messages;

/** Turns a refused request into a problem answer whose title comes from the message bundle. */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

    @Override
    public Response toResponse(BusinessException e) {
        String title = Messages.bundle(Locale.ENGLISH).getString(e.messageKey());
        return new ProblemDetails("about:blank", title, e.httpStatus(), e.getMessage(), e.details()).toResponse();
    }

}
