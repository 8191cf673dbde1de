package org.greencustoms.elearning.platform;

import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts the SQL statements Hibernate prepares on the current thread, for {@link RequestTiming}: the report
 * benchmark checks that a page's statement count does not grow with its learners. Leaves every statement unchanged.
 */
public class StatementCounter implements StatementInspector {

    private static final long serialVersionUID = 1L;

    private static final ThreadLocal<int[]> COUNT = new ThreadLocal<>();

    static void start() {
        COUNT.set(new int[1]);
    }

    /** The statements since {@link #start()}, and stops counting. */
    static int stop() {
        int[] count = COUNT.get();
        COUNT.remove();
        return count == null ? 0 : count[0];
    }

    @Override
    public String inspect(String sql) {
        int[] count = COUNT.get();
        if (count != null) {
            count[0]++;
        }
        return sql;
    }
}
