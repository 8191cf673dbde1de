package org.greencustoms.elearning.platform.http;

import java.util.Optional;

/**
 * How long a browser or proxy may keep an answer. Static resources (PrimeFaces' and ours) keep the long cache their
 * handlers give them. Everything else is made per request: REST answers and the pages of a signed-in user are never
 * stored (Back after signing out must not show a review with its answer key), and anonymous pages are checked again
 * each time. The media and certificate servlets replace this with their own (public media for a year, drafts and
 * certificates never).
 */
final class CachePolicy {

    static final String NO_STORE = "no-store";
    static final String NO_CACHE = "no-cache";

    private CachePolicy() {
    }

    /** The Cache-Control to start from, or none when the path's own handler decides. */
    static Optional<String> forPath(String path, boolean signedIn) {
        if (path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/")) {
            return Optional.empty();
        }
        if (path.startsWith("/api/") || signedIn) {
            return Optional.of(NO_STORE);
        }
        return Optional.of(NO_CACHE);
    }
}
