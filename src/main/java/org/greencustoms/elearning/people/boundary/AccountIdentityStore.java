package org.greencustoms.elearning.people.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.stream.Collectors;
import org.greencustoms.elearning.people.entity.Role;
import org.greencustoms.elearning.platform.http.Forwarding;

/**
 * Jakarta Security's view of the accounts: a username and password, from the client's address, give the caller and
 * their roles as groups.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    SignIn signIn;

    @Inject
    HttpServletRequest request;

    private final Forwarding forwarding = Forwarding.configured();

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        SignInOutcome outcome = signIn.signIn(credential.getCaller(), credential.getPassword().getValue(),
                forwarding.clientAddress(request));
        if (!outcome.valid()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(outcome.username(),
                outcome.roles().stream().map(Role::name).collect(Collectors.toSet()));
    }
}
