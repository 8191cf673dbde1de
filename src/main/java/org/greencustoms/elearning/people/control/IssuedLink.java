package org.greencustoms.elearning.people.control;

import java.io.Serializable;
import java.time.Instant;

/**
 * A set-password link as shown to whoever issued it, once.
 *
 * @param path the link's path on the platform (prefix it with the platform's address)
 */
public record IssuedLink(String username, String displayName, String path, Instant expiresAt) implements Serializable {
}
