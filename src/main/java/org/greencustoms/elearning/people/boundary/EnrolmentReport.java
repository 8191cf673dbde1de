package org.greencustoms.elearning.people.boundary;

import java.io.Serializable;
import java.util.List;
import org.greencustoms.elearning.people.control.IssuedLink;

/**
 * What enrolling a file (or one officer) did, or would do: each row's outcome, every problem, and the one-time
 * set-password links of the accounts it created (shown once).
 */
public record EnrolmentReport(boolean applied, List<Row> rows, List<Problem> problems, List<IssuedLink> links)
        implements Serializable {

    public enum Outcome { NEW_ACCOUNT, EXISTING_ACCOUNT, ALREADY_ENROLLED }

    public record Row(int line, String username, String fullName, Outcome outcome) implements Serializable {
    }

    /** A problem at a line (0 for the whole file) and column, with its message key, arguments and English text. */
    public record Problem(int line, String column, String messageKey, List<String> arguments, String message)
            implements Serializable {
    }

    public long count(Outcome outcome) {
        return rows.stream().filter(row -> row.outcome() == outcome).count();
    }
}
