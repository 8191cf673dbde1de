package org.greencustoms.elearning.platform.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.security.Principal;
import java.util.Optional;
import org.greencustoms.elearning.platform.Languages;
import org.greencustoms.elearning.platform.NotAllowedException;
import org.greencustoms.elearning.platform.NotSignedInException;

/**
 * Who is calling a REST resource: the user signed in on the session (POST /api/v1/session, or the web pages). The
 * REST paths are not container-protected, so that an anonymous call gets a 401 problem answer rather than the
 * sign-in page; resources ask here instead.
 */
@RequestScoped
public class Caller {

    @Inject
    SecurityContext security;

    public Optional<String> username() {
        return Optional.ofNullable(security.getCallerPrincipal()).map(Principal::getName);
    }

    /** The caller's username; a 401 problem if nobody is signed in. */
    public String signedIn() {
        return username().orElseThrow(NotSignedInException::new);
    }

    /** The caller's username, if they are signed in and have the role. */
    public String withRole(String role) {
        String username = username().orElseThrow(NotSignedInException::new);
        if (!security.isCallerInRole(role)) {
            throw new NotAllowedException(role);
        }
        return username;
    }

    /** The language of {@code lang} if supported, else the best of Accept-Language. */
    public static String language(String lang, HttpHeaders headers) {
        if (lang != null && Languages.SUPPORTED.contains(lang)) {
            return lang;
        }
        return Languages.choose(headers.getAcceptableLanguages());
    }
}
