package org.greencustoms.elearning;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.Set;
import java.util.UUID;
import org.greencustoms.elearning.people.boundary.Accounts;
import org.greencustoms.elearning.people.boundary.NewAccount;
import org.greencustoms.elearning.people.entity.Role;

/**
 * For tests inside the server: signs in through Jakarta Security, as the sign-in page does, so that the boundaries
 * see a real caller with real roles; signing in again switches to another user. The test's request has no response
 * to write to, and a credential given up front needs none, so a stand-in answers the mechanism's calls.
 */
@RequestScoped
public class SignedIn {

    public static final String PASSWORD = "a long test password";
    private static final String DEMO_PASSWORD = "green-customs";

    @Inject
    SecurityContext security;

    @Inject
    HttpServletRequest request;

    @Inject
    Accounts accounts;

    @Resource
    ManagedExecutorService executor;

    /** Runs work on other threads as the signed-in user: the container carries the caller's identity along. */
    public ManagedExecutorService executor() {
        return executor;
    }

    /** Signs in as a demo account (learner, author, trainer, admin). */
    public void asDemo(String username) {
        as(username, DEMO_PASSWORD);
    }

    public void as(String username) {
        as(username, PASSWORD);
    }

    /** Signs in, unless already signed in as this user (a password check costs a fifth of a second). */
    public void as(String username, String password) {
        if (security.getCallerPrincipal() != null && security.getCallerPrincipal().getName().equals(username)) {
            return;
        }
        AuthenticationStatus status = security.authenticate(request, noResponse(), AuthenticationParameters
                .withParams().newAuthentication(true).credential(new UsernamePasswordCredential(username, password)));
        if (status != AuthenticationStatus.SUCCESS) {
            throw new IllegalStateException("Could not sign in as " + username + ": " + status);
        }
    }

    /** A new account with {@link #PASSWORD}, created by the demo administrator; the caller is then that admin. */
    public String newAccount(String prefix, Set<Role> roles) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        create(username, username + " Name", "en", roles);
        return username;
    }

    /** Creates the account with {@link #PASSWORD} as the demo administrator, who stays signed in. */
    public void create(String username, String displayName, String language, Set<Role> roles) {
        asDemo("admin");
        accounts.register(new NewAccount(username, displayName, PASSWORD, language, roles));
    }

    /** A new learner, signed in. */
    public String newLearner(String prefix) {
        String username = newAccount(prefix, Set.of(Role.LEARNER));
        as(username);
        return username;
    }

    private static HttpServletResponse noResponse() {
        return (HttpServletResponse) Proxy.newProxyInstance(SignedIn.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, arguments) -> {
                    Class<?> type = method.getReturnType();
                    if (type == boolean.class) {
                        return false;
                    }
                    return type == int.class ? 200 : null;
                });
    }
}
