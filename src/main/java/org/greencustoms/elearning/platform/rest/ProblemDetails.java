package org.greencustoms.elearning.platform.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** An error answer in the RFC 9457 "problem details" format; {@code errors} lists details such as package problems. */
public record ProblemDetails(String type, String title, int status, String detail, List<?> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Response toResponse() {
        return Response.status(status).type(MediaType.valueOf(MEDIA_TYPE)).entity(this).build();
    }
}
