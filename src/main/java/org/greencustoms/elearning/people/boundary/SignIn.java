package org.greencustoms.elearning.people.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.greencustoms.elearning.people.control.PasswordHashing;
import org.greencustoms.elearning.people.control.PasswordLinks;
import org.greencustoms.elearning.people.control.SignInThrottle;
import org.greencustoms.elearning.people.entity.PasswordLink;
import org.greencustoms.elearning.people.entity.UserAccount;
import org.greencustoms.elearning.platform.Audited;
import org.greencustoms.elearning.platform.NotFoundException;

/** What anyone may try before they are signed in: checking a sign-in, and setting a password with a one-time link. */
@Stateless
@PermitAll
public class SignIn {

    private static final Logger LOG = Logger.getLogger(SignIn.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @Inject
    PasswordLinks links;

    @Inject
    Event<Audited> audited;

    @Inject
    Scope scope;

    @Inject
    SignInThrottle throttle;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "gc.demo", defaultValue = "false")
    boolean demo;

    /**
     * Checks a sign-in from a source (the client's address). A wrong password counts as a failure of the source and
     * of the account. A source with too many failures is refused outright for a while (SignInThrottle). After five
     * failures the account is locked for a while that doubles with each further failure, and while it is locked even
     * the right password is refused, as it is for a disabled account: but only to the sources that failed on it, so
     * that whoever guesses cannot lock the owner out. The account row is locked meanwhile, so parallel guesses wait
     * for each other instead of slipping past the count. Every path spends the time of one password check, so the
     * response time does not tell whether the account exists.
     */
    public SignInOutcome signIn(String username, char[] password, String source) {
        Instant now = Instant.now(clock);
        String name = username == null ? null : username.strip();
        if (name == null || throttle.isBlocked(source, now)) {
            LOG.warning(() -> "Sign-in from " + source + " refused: too many failures from there");
            passwords.verifyNothing(password);
            return SignInOutcome.refused();
        }
        Optional<UserAccount> found = em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", name).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList().stream().findFirst();
        boolean locked = found.isPresent() && found.get().isLockedAt(now);
        if (found.isEmpty() || locked && throttle.failedOn(source, name, now) || found.get().isDisabled()
                || (found.get().isDemo() && !demo)) {
            found.ifPresent(account -> LOG.warning(() -> "Sign-in to locked, disabled or demo account "
                    + account.getUsername() + " from " + source + " refused"));
            passwords.verifyNothing(password);
            if (found.isEmpty()) {
                throttle.failed(source, name, now);
            }
            return SignInOutcome.refused();
        }
        UserAccount account = found.get();
        if (!passwords.verify(password, account.getPasswordHash())) {
            throttle.failed(source, name, now);
            if (!locked) {
                account.failedLoginAt(now);
            }
            LOG.warning(() -> "Failed sign-in " + account.getFailedLogins() + " for " + account.getUsername()
                    + " from " + source);
            return SignInOutcome.refused();
        }
        throttle.succeeded(source, name);
        account.signedInAt(now);
        return new SignInOutcome(true, account.getUsername(), account.getRoles(), account.getPreferredLanguage());
    }

    /** The signed-in user's preferred language, to show the pages in after signing in; none when anonymous. */
    public Optional<String> preferredLanguage() {
        return scope.signedIn().map(UserAccount::getPreferredLanguage);
    }

    /** Whose password a one-time link sets, if it still works (for the page to greet them by name). */
    public Optional<String> linkHolder(String token) {
        return links.usable(token).map(link -> link.getAccount().getDisplayName());
    }

    /**
     * Sets the password of the link's account and uses the link up; it also lifts a lock from failed sign-ins.
     *
     * @return the account's username, to sign in with
     * @throws NotFoundException if the link is unknown, used or expired
     * @throws InvalidAccountException if the password is too short or too long
     */
    public String setPassword(String token, String password) {
        PasswordLink link = links.usable(token).orElseThrow(() -> new NotFoundException(
                "This link does not work: it was used already, replaced by a newer one, or has expired"));
        List<String> problems = NewAccount.passwordProblems(password);
        if (!problems.isEmpty()) {
            throw new InvalidAccountException(problems);
        }
        UserAccount account = link.getAccount();
        account.changePasswordHash(passwords.hash(password.toCharArray()));
        link.useAt(links.now());
        audited.fire(new Audited("PASSWORD_SET", "ACCOUNT", account.getUsername(), "with a one-time link"));
        return account.getUsername();
    }
}
