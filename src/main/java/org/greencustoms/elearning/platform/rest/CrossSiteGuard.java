package org.greencustoms.elearning.platform.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Set;

/**
 * REST calls that change something are signed in by cookie, so a page elsewhere could try to make the learner's
 * browser send one (cross-site request forgery). A browser only sends a JSON body or a custom header to another
 * origin after asking (CORS), which this server never allows: so such calls must carry one or the other. The
 * session cookies are also SameSite=Lax; this covers the same-site pages that Lax lets through.
 */
@Provider
@PreMatching
public class CrossSiteGuard implements ContainerRequestFilter {

    static final String HEADER = "X-Requested-With";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public void filter(ContainerRequestContext request) {
        if (SAFE.contains(request.getMethod()) || request.getHeaderString(HEADER) != null) {
            return;
        }
        MediaType type = request.getMediaType();
        if (type != null && type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            return;
        }
        request.abortWith(new ProblemDetails("about:blank", "Forbidden", 403, "A request that changes something "
                + "must send JSON (Content-Type: application/json) or the header " + HEADER + ", as scripts and "
                + "apps do; a plain form cannot", List.of()).toResponse());
    }
}
