package org.greencustoms.elearning.people.boundary;

import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.greencustoms.elearning.platform.NotSignedInException;
import org.greencustoms.elearning.platform.rest.Caller;

/**
 * Sign-in for REST clients: the same check as the sign-in page (lock after repeated failures included), answered
 * with a session cookie that the client sends with its next requests. JSON only, so a cross-site form cannot post
 * here, and the cookie is SameSite=Lax.
 */
@Path("session")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Session", description = "Sign in and out")
public class SessionResource {

    public record Credentials(String username, String password) {
    }

    public record SignedIn(String username, List<String> roles) {
    }

    @Inject
    SecurityContext security;

    @Inject
    Caller caller;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sign in; the answer sets the session cookie (JSESSIONID) to send with later requests")
    @APIResponse(responseCode = "200", description = "Signed in: the username and roles")
    @APIResponse(responseCode = "401", description = "Unknown username, wrong password, or account locked for now")
    public SignedIn signIn(Credentials credentials) {
        if (credentials == null || credentials.username() == null || credentials.password() == null) {
            throw new NotSignedInException("give a username and a password");
        }
        request.getSession(true);
        request.changeSessionId();
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .newAuthentication(true).credential(new UsernamePasswordCredential(credentials.username(),
                        new Password(credentials.password()))));
        if (status != AuthenticationStatus.SUCCESS) {
            throw new NotSignedInException("the username or password is wrong, or the account is locked for a "
                    + "while after repeated failures");
        }
        return whoAmI();
    }

    @GET
    @Operation(summary = "Who is signed in on this session")
    @APIResponse(responseCode = "401", description = "Nobody")
    public SignedIn whoAmI() {
        String username = caller.username().orElseThrow(NotSignedInException::new);
        return new SignedIn(username, Stream.of("LEARNER", "AUTHOR", "TRAINER", "ADMIN")
                .filter(security::isCallerInRole).toList());
    }

    @DELETE
    @Operation(summary = "Sign out and end the session")
    @APIResponse(responseCode = "204", description = "Signed out (also when nobody was)")
    public Response signOut() throws ServletException {
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return Response.noContent().build();
    }
}
