package org.greencustoms.elearning.platform;

import java.util.List;

/**
 * One page of a longer list.
 *
 * @param total how many items the whole list has
 * @param offset where this page starts in it, from 0
 */
public record Page<T>(long total, int offset, int limit, List<T> items) {

    /** Limits a client may ask for: at least 1, at most 500 a page. */
    public static int limit(Integer asked) {
        return asked == null ? 50 : Math.max(1, Math.min(500, asked));
    }

    public static int offset(Integer asked) {
        return asked == null ? 0 : Math.max(0, asked);
    }
}
