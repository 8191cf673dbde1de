package org.greencustoms.elearning.reporting.boundary;

import java.time.LocalDate;
import java.util.List;
import org.greencustoms.elearning.reporting.control.IndicatorCounter;

/**
 * Programme indicators over a period: per country, region or agreement, the officers who began a module, read every
 * unit of one and earned a certificate.
 *
 * @param scope  whose officers: "everyone", an administration's code (a national coordinator) or "cohorts" (the
 *               learners of the caller's cohorts)
 * @param to     the period's last day, inclusive
 * @param lines  one per country, region or agreement with any officer counted, in the order of their labels
 * @param total  each officer once, over every line
 */
public record IndicatorReport(LocalDate from, LocalDate to, IndicatorCounter.Grouping by, String scope,
        List<Line> lines, Line total) {

    /** @param key the country's ISO code, the region, or the agreement's code; "" for none */
    public record Line(String key, String label, long enrolled, long completed, long certified) {
    }
}
