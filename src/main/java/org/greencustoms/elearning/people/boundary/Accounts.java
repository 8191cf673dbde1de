package org.greencustoms.elearning.people.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.greencustoms.elearning.people.entity.Role;
import org.greencustoms.elearning.people.entity.UserAccount;

/** Accounts: creating them, and checking a sign-in with the password hash and the lock on repeated failures. */
@Stateless
public class Accounts {

    private static final Logger LOG = Logger.getLogger(Accounts.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @Inject
    Clock clock;

    public Optional<UserAccount> find(String username) {
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username)
                .getResultList().stream().findFirst();
    }

    public UserAccount create(String username, String displayName, char[] password, String language,
            Set<Role> roles) {
        UserAccount account = new UserAccount(username, displayName, passwords.hash(password), language, roles,
                Instant.now(clock));
        em.persist(account);
        LOG.info(() -> "Account " + username + " created with roles " + roles);
        return account;
    }

    public long countWithRole(Role role) {
        return em.createNamedQuery(UserAccount.COUNT_WITH_ROLE, Long.class).setParameter("role", role)
                .getSingleResult();
    }

    /**
     * Checks a sign-in. A wrong password counts as a failure; after five, the account is locked for a while that
     * doubles with each further failure, and while it is locked even the right password is refused.
     */
    public SignInOutcome signIn(String username, char[] password) {
        Optional<UserAccount> found = username == null ? Optional.empty() : find(username.strip());
        if (found.isEmpty()) {
            passwords.verifyNothing(password);
            return SignInOutcome.refused();
        }
        UserAccount account = found.get();
        Instant now = Instant.now(clock);
        if (account.isLockedAt(now)) {
            LOG.warning(() -> "Sign-in to locked account " + account.getUsername() + " refused");
            return SignInOutcome.refused();
        }
        if (!passwords.verify(password, account.getPasswordHash())) {
            account.failedLoginAt(now);
            LOG.warning(() -> "Failed sign-in " + account.getFailedLogins() + " for " + account.getUsername());
            return SignInOutcome.refused();
        }
        account.signedInAt(now);
        return new SignInOutcome(true, account.getUsername(), account.getRoles());
    }
}
