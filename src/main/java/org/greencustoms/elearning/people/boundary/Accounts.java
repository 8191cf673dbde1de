package org.greencustoms.elearning.people.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.greencustoms.elearning.people.entity.Role;
import org.greencustoms.elearning.people.entity.UserAccount;
import org.greencustoms.elearning.platform.Languages;
import org.greencustoms.elearning.platform.NotFoundException;

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

    @Inject
    @ConfigProperty(name = "gc.demo", defaultValue = "false")
    boolean demo;

    public Optional<UserAccount> find(String username) {
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username)
                .getResultList().stream().findFirst();
    }

    /** The account, which must exist (the caller is signed in with it). */
    public UserAccount get(String username) {
        return find(username).orElseThrow(() -> new NotFoundException("No account '" + username + "'"));
    }

    public UserAccount create(String username, String displayName, char[] password, String language,
            Set<Role> roles) {
        return create(username, displayName, password, language, roles, false);
    }

    /**
     * Creates an account as an administrator asked for it, with every problem reported at once.
     *
     * @throws InvalidAccountException if the username, name, password, language or roles will not do
     * @throws AccountExistsException if the username is taken
     */
    public UserAccount register(NewAccount account) {
        List<String> problems = account.problems();
        if (!problems.isEmpty()) {
            throw new InvalidAccountException(problems);
        }
        if (find(account.username()).isPresent()) {
            throw new AccountExistsException(account.username());
        }
        try {
            UserAccount created = create(account.username(), account.displayName().strip(),
                    account.password().toCharArray(), account.language() == null ? Languages.DEFAULT
                            : account.language(), EnumSet.copyOf(account.roles()));
            em.flush();
            return created;
        } catch (PersistenceException e) {
            // The same username registered at the same moment by another request: the unique key says so.
            throw new AccountExistsException(account.username());
        }
    }

    /** An account that exists for demo mode only. */
    public UserAccount createDemo(String username, String displayName, char[] password, Set<Role> roles) {
        return create(username, displayName, password, "en", roles, true);
    }

    private UserAccount create(String username, String displayName, char[] password, String language,
            Set<Role> roles, boolean demoAccount) {
        UserAccount account = new UserAccount(username, displayName, passwords.hash(password), language, roles,
                demoAccount, Instant.now(clock));
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
     * doubles with each further failure, and while it is locked even the right password is refused. The account row
     * is locked meanwhile, so parallel guesses wait for each other instead of slipping past the count. Every path
     * spends the time of one password check, so the response time does not tell whether the account exists.
     */
    public SignInOutcome signIn(String username, char[] password) {
        Optional<UserAccount> found = username == null ? Optional.empty()
                : em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                        .setParameter("username", username.strip())
                        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                        .getResultList().stream().findFirst();
        Instant now = Instant.now(clock);
        if (found.isEmpty() || found.get().isLockedAt(now) || (found.get().isDemo() && !demo)) {
            found.ifPresent(account -> LOG.warning(() -> "Sign-in to locked or demo account "
                    + account.getUsername() + " refused"));
            passwords.verifyNothing(password);
            return SignInOutcome.refused();
        }
        UserAccount account = found.get();
        if (!passwords.verify(password, account.getPasswordHash())) {
            account.failedLoginAt(now);
            LOG.warning(() -> "Failed sign-in " + account.getFailedLogins() + " for " + account.getUsername());
            return SignInOutcome.refused();
        }
        account.signedInAt(now);
        return new SignInOutcome(true, account.getUsername(), account.getRoles());
    }
}
