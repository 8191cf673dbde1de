package org.greencustoms.elearning.people.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;
import org.greencustoms.elearning.people.entity.Role;
import org.greencustoms.elearning.people.entity.UserAccount;

/** An account as administrators list and edit it (never its password hash). */
public record AccountRow(long id, String username, String displayName, String email, String language,
        String administration, Set<Role> roles, boolean disabled, boolean locked, boolean demo, Instant createdAt,
        Instant lastSignInAt) implements Serializable {

    public static AccountRow of(UserAccount account, Instant now) {
        return new AccountRow(account.getId(), account.getUsername(), account.getDisplayName(), account.getEmail(),
                account.getPreferredLanguage(), account.getAdministrationCode(), account.getRoles(),
                account.isDisabled(), account.isLockedAt(now), account.isDemo(), account.getCreatedAt(),
                account.getLastLoginAt());
    }
}
