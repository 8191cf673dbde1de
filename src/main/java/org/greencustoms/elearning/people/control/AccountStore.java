package org.greencustoms.elearning.people.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.greencustoms.elearning.people.entity.Role;
import org.greencustoms.elearning.people.entity.UserAccount;

/** Accounts as stored, inside the caller's transaction: found by username, created with a hashed password. */
@Dependent
@Transactional
public class AccountStore {

    private static final Logger LOG = Logger.getLogger(AccountStore.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @Inject
    Clock clock;

    public Optional<UserAccount> find(String username) {
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class).setParameter("username", username)
                .getResultStream().findFirst();
    }

    /** A new account; with no password (null) it cannot sign in until its owner sets one through a link. */
    public UserAccount create(String username, String displayName, char[] password, String language,
            Set<Role> roles) {
        return create(username, displayName, password, language, roles, false);
    }

    /** An account that exists for demo mode only, in its own transaction: another server may create it first. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public UserAccount createDemo(String username, String displayName, char[] password, Set<Role> roles) {
        return create(username, displayName, password, "en", roles, true);
    }

    public long countWithRole(Role role) {
        return em.createNamedQuery(UserAccount.COUNT_WITH_ROLE, Long.class).setParameter("role", role)
                .getSingleResult();
    }

    private UserAccount create(String username, String displayName, char[] password, String language,
            Set<Role> roles, boolean demo) {
        // Without a password the stored hash is one of a random secret nobody knows: the account cannot sign in.
        String hash = password == null ? passwords.hash(Tokens.random().toCharArray()) : passwords.hash(password);
        UserAccount account = new UserAccount(username, displayName, hash, language, roles, demo, Instant.now(clock));
        em.persist(account);
        LOG.info(() -> "Account " + username + " created with roles " + roles);
        return account;
    }
}
