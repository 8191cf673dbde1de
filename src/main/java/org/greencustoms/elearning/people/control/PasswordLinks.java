package org.greencustoms.elearning.people.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.greencustoms.elearning.people.entity.PasswordLink;
import org.greencustoms.elearning.people.entity.UserAccount;

/** One-time set-password links: issued by administrators and trainers, used once by the account's owner. */
@Dependent
public class PasswordLinks {

    /** Long enough for a workshop's week, short enough that a forgotten printout soon stops working. */
    public static final Duration VALID_FOR = Duration.ofDays(14);

    /** The path of the page that takes the token. */
    public static final String PAGE = "/set-password.xhtml?token=";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** A new link for the account; the older ones stop working. The token is returned once and never stored. */
    public IssuedLink issue(UserAccount account, String issuedBy) {
        Instant now = now();
        em.createNamedQuery(PasswordLink.OPEN_OF, PasswordLink.class).setParameter("account", account)
                .getResultList().forEach(link -> link.useAt(now));
        String token = Tokens.random();
        Instant expires = now.plus(VALID_FOR);
        em.persist(new PasswordLink(account, Tokens.hash(token), issuedBy, now, expires));
        return new IssuedLink(account.getUsername(), account.getDisplayName(), PAGE + token, expires);
    }

    /** The link's account, if the token names a link that still works. */
    public Optional<PasswordLink> usable(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return em.createNamedQuery(PasswordLink.BY_HASH, PasswordLink.class)
                .setParameter("hash", Tokens.hash(token.strip())).getResultStream()
                .filter(link -> link.isUsableAt(now())).findFirst();
    }

    public Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
