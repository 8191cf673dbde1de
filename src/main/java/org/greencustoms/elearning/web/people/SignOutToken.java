package org.greencustoms.elearning.web.people;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The secret that the header's sign-out form sends back, one per session: a form on another page (another site, or
 * another application on this one, which SameSite=Lax lets through) cannot know it, so it cannot sign anyone out.
 */
@Named
@RequestScoped
public class SignOutToken {

    static final String ATTRIBUTE = "org.greencustoms.elearning.signOutToken";
    static final String PARAMETER = "token";

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    HttpServletRequest request;

    /** The session's token, made when first asked for; only signed-in pages ask, and they have a session. */
    public String getValue() {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return "";
        }
        synchronized (SignOutToken.class) {
            Object token = session.getAttribute(ATTRIBUTE);
            if (token instanceof String value) {
                return value;
            }
            byte[] bytes = new byte[24];
            RANDOM.nextBytes(bytes);
            String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            session.setAttribute(ATTRIBUTE, value);
            return value;
        }
    }

    /** Whether the request carries its session's token. */
    static boolean matches(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object expected = session == null ? null : session.getAttribute(ATTRIBUTE);
        String given = request.getParameter(PARAMETER);
        return expected instanceof String value && given != null && MessageDigest.isEqual(
                value.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII));
    }
}
