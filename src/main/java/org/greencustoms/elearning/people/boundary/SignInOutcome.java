package org.greencustoms.elearning.people.boundary;

import java.util.Set;
import org.greencustoms.elearning.people.entity.Role;

/** The result of checking a username and password. Locked and wrong look the same to the person signing in. */
public record SignInOutcome(boolean valid, String username, Set<Role> roles, String language) {

    static SignInOutcome refused() {
        return new SignInOutcome(false, null, Set.of(), null);
    }
}
