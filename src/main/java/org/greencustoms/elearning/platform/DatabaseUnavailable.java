package org.greencustoms.elearning.platform;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Tells a failure caused by the database not answering (stopped, restarting, unreachable) from a fault of the
 * application: the first is temporary, answered 503 so that callers retry, and logged without a stack trace.
 */
public final class DatabaseUnavailable {

    private DatabaseUnavailable() {
    }

    /** Whether {@code failure} or one of its causes says the connection to the database failed. */
    public static boolean causes(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = next(cause)) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException || cause instanceof JDBCConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && temporary(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Class 08 is "connection exception" in SQL:2016 (PostgreSQL's driver and H2 use it); PostgreSQL's 57P01-57P03
     * say it is shutting down, crashed or still starting (seen while it came back from an outage).
     */
    private static boolean temporary(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.matches("57P0[123]"));
    }

    private static Throwable next(Throwable cause) {
        if (cause instanceof SQLException sql && sql.getNextException() != null && cause.getCause() == null) {
            return sql.getNextException();
        }
        return cause.getCause() == cause ? null : cause.getCause();
    }
}
