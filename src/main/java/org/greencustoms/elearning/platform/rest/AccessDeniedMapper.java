package org.greencustoms.elearning.platform.rest;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import org.greencustoms.elearning.platform.Messages;

/**
 * A boundary's role check refused the call: 401 when nobody is signed in, else 403. The container's message (which
 * names the method and the roles) stays in the log.
 */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<EJBAccessException> {

    @Inject
    Caller caller;

    @Override
    public Response toResponse(EJBAccessException e) {
        boolean signedIn = caller.username().isPresent();
        String key = signedIn ? "error.notAllowed" : "error.notSignedIn";
        String detail = signedIn ? "Your account's roles do not allow this request"
                : "Sign in first: POST your username and password to /api/v1/session, then send its session cookie";
        return new ProblemDetails("about:blank", Messages.bundle(Locale.ENGLISH).getString(key),
                signedIn ? 403 : 401, detail, List.of()).toResponse();
    }
}
