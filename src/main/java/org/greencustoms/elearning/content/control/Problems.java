package org.greencustoms.elearning.content.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects every problem of a package, so that an author sees them all at once. */
public final class Problems {

    private final List<Problem> found = new ArrayList<>();

    /** @param key a key of {@code problems.properties}; {@code args} are its arguments, written as strings */
    public void add(String file, Integer line, String key, Object... args) {
        found.add(Problem.of(file, line, key, args));
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    /** The problems sorted by file and line, as an author would fix them. */
    public List<Problem> sorted() {
        return found.stream()
                .sorted(Comparator.comparing(Problem::file)
                        .thenComparing(p -> p.line() == null ? 0 : p.line()))
                .toList();
    }
}
