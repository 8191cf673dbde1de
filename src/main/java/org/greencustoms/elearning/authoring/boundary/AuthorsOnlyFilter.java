package org.greencustoms.elearning.authoring.boundary;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import org.greencustoms.elearning.platform.NotAllowedException;
import org.greencustoms.elearning.platform.NotSignedInException;

/** Refuses callers who are not authors or administrators before anything of the request is read. */
@Provider
@AuthorsOnly
@Priority(Priorities.AUTHORIZATION)
public class AuthorsOnlyFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        SecurityContext security = request.getSecurityContext();
        if (security.getUserPrincipal() == null) {
            throw new NotSignedInException();
        }
        if (!security.isUserInRole("AUTHOR") && !security.isUserInRole("ADMIN")) {
            throw new NotAllowedException("AUTHOR");
        }
    }
}
