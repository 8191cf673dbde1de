package org.greencustoms.elearning.platform.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.ResourceBundle;
import org.greencustoms.elearning.content.control.InvalidPackageException;
import org.greencustoms.elearning.platform.BusinessException;

/** Turns a refused request into a problem answer whose title comes from the message bundle. */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

    @Override
    public Response toResponse(BusinessException e) {
        String title = ResourceBundle.getBundle("org.greencustoms.elearning.web.messages").getString(e.messageKey());
        List<?> errors = e instanceof InvalidPackageException invalid ? invalid.problems() : List.of();
        return new Problem("about:blank", title, e.httpStatus(), e.getMessage(), errors).toResponse();
    }

}
