package org.greencustoms.elearning.people.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Failed sign-ins by where they come from, so that guessing is slowed per source and cannot lock a user out. A source
 * (a client address) that fails {@value #FREE_FAILURES} times, on any accounts, is refused for a minute, then two,
 * four... up to an hour, whatever it sends. And the lock of an account after its own failures (UserAccount) holds
 * only for the sources that failed on it: the account's owner, signing in from elsewhere, still gets in.
 * <p>
 * Kept in memory, per server: a restart forgets it, and each server of a cluster counts for itself (the account's
 * lock is in the database and shared). Behind a proxy every client has the proxy's address unless gc.tls.proxy says
 * the proxy is trusted (see {@code Forwarding}). Sources not seen for an hour are forgotten, and at most
 * {@value #MOST_SOURCES} are kept, so that a flood of addresses cannot fill the memory.
 */
@ApplicationScoped
public class SignInThrottle {

    static final int FREE_FAILURES = 10;
    static final Duration FIRST_BLOCK = Duration.ofMinutes(1);
    static final Duration LONGEST_BLOCK = Duration.ofHours(1);
    static final Duration MEMORY = Duration.ofHours(1);
    static final int MOST_SOURCES = 10_000;

    private static final class Source {
        int failures;
        Instant lastFailure;
        Instant blockedUntil;
        final Map<String, Instant> accounts = new LinkedHashMap<>();
    }

    private final Map<String, Source> sources = new LinkedHashMap<>();

    /** Whether the source may not even try now. */
    public synchronized boolean isBlocked(String source, Instant now) {
        Source known = sources.get(source);
        return known != null && known.blockedUntil != null && now.isBefore(known.blockedUntil);
    }

    /** Whether the source failed on this account lately, so that the account's lock applies to it. */
    public synchronized boolean failedOn(String source, String username, Instant now) {
        Source known = sources.get(source);
        Instant last = known == null ? null : known.accounts.get(username);
        return last != null && now.isBefore(last.plus(MEMORY));
    }

    /** Counts a failure; from the {@value #FREE_FAILURES}th on, each one blocks the source for twice as long. */
    public synchronized void failed(String source, String username, Instant now) {
        forgetOld(now);
        Source known = sources.computeIfAbsent(source, s -> new Source());
        known.failures++;
        known.lastFailure = now;
        known.accounts.remove(username);
        known.accounts.put(username, now);
        if (known.accounts.size() > MOST_SOURCES) {
            known.accounts.remove(known.accounts.keySet().iterator().next());
        }
        int beyondFree = known.failures - FREE_FAILURES;
        if (beyondFree >= 0) {
            Duration block = FIRST_BLOCK.multipliedBy(1L << Math.min(beyondFree, 10));
            known.blockedUntil = now.plus(block.compareTo(LONGEST_BLOCK) > 0 ? LONGEST_BLOCK : block);
        }
    }

    /** A right password from the source for this account: the account no longer counts against it. */
    public synchronized void succeeded(String source, String username) {
        Source known = sources.get(source);
        if (known != null) {
            known.accounts.remove(username);
        }
    }

    private void forgetOld(Instant now) {
        for (Iterator<Source> all = sources.values().iterator(); all.hasNext();) {
            Source source = all.next();
            boolean blocked = source.blockedUntil != null && now.isBefore(source.blockedUntil);
            if (!blocked && !now.isBefore(source.lastFailure.plus(MEMORY))) {
                all.remove();
            }
        }
        if (sources.size() >= MOST_SOURCES) {
            sources.remove(sources.keySet().iterator().next());
        }
    }
}
