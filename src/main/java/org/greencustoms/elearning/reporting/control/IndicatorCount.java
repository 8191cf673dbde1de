package org.greencustoms.elearning.reporting.control;

import java.util.Set;
import java.util.TreeSet;

/**
 * Programme indicators, counted as the initiative reports them: each officer once per line, however many of the
 * line's modules they took.
 *
 * @param key       the country's ISO code, the region's name or the agreement's code; empty for none
 * @param enrolled  officers who began a module in the period
 * @param completed officers who read every unit of a module in the period
 * @param certified officers who earned a module's certificate in the period
 */
public record IndicatorCount(String key, long enrolled, long completed, long certified) {

    /** The officers behind one line, while counting. */
    static final class Officers {
        final Set<Long> enrolled = new TreeSet<>();
        final Set<Long> completed = new TreeSet<>();
        final Set<Long> certified = new TreeSet<>();

        IndicatorCount count(String key) {
            return new IndicatorCount(key, enrolled.size(), completed.size(), certified.size());
        }
    }
}
