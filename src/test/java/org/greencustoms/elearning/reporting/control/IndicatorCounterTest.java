package org.greencustoms.elearning.reporting.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class IndicatorCounterTest {

    private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant UNTIL = Instant.parse("2027-01-01T00:00:00Z");
    private static final Instant IN = Instant.parse("2026-10-12T09:00:00Z");
    private static final Instant BEFORE = Instant.parse("2025-12-31T23:59:59Z");

    // Officer 1 in Benin (UEMOA and ECOWAS), 2 in Niger (UEMOA), 3 with no administration.
    private static final Map<Long, Set<String>> REGIONS = Map.of(1L, Set.of("ECOWAS", "UEMOA"), 2L, Set.of("UEMOA"),
            3L, Set.of());

    private static final Function<OfficerActivity, Set<String>> BY_REGION = a -> REGIONS.get(a.learnerId());

    @Test
    void aLineCountsEachOfficerOnceHoweverManyModulesTheyTook() {
        List<OfficerActivity> activities = List.of(
                new OfficerActivity(2, 10, IN, IN, IN),
                new OfficerActivity(2, 11, IN, null, null));

        IndicatorCounter.Counted counted = IndicatorCounter.count(activities, BY_REGION, FROM, UNTIL);

        assertThat(counted.lines()).containsExactly(new IndicatorCount("UEMOA", 1, 1, 1));
        assertThat(counted.total()).isEqualTo(new IndicatorCount("", 1, 1, 1));
    }

    @Test
    void anOfficerInTwoRegionsCountsInBothLinesAndOnceInTheTotal() {
        List<OfficerActivity> activities = List.of(
                new OfficerActivity(1, 10, IN, null, null),
                new OfficerActivity(2, 10, IN, null, null));

        IndicatorCounter.Counted counted = IndicatorCounter.count(activities, BY_REGION, FROM, UNTIL);

        assertThat(counted.lines()).containsExactly(new IndicatorCount("ECOWAS", 1, 0, 0),
                new IndicatorCount("UEMOA", 2, 0, 0));
        assertThat(counted.total().enrolled()).isEqualTo(2);
    }

    @Test
    void eachMomentCountsOnlyWithinThePeriodTheEndExcluded() {
        List<OfficerActivity> activities = List.of(
                // Began last year, completed and certified this year: completed and certified, not enrolled.
                new OfficerActivity(1, 10, BEFORE, IN, IN),
                // Everything before: not counted at all.
                new OfficerActivity(2, 10, BEFORE, BEFORE, BEFORE),
                // Began on the first instant of the period; certified on its end, which is excluded.
                new OfficerActivity(3, 10, FROM, null, UNTIL));

        IndicatorCounter.Counted counted = IndicatorCounter.count(activities, BY_REGION, FROM, UNTIL);

        assertThat(counted.lines()).containsExactly(new IndicatorCount("", 1, 0, 0),
                new IndicatorCount("ECOWAS", 0, 1, 1), new IndicatorCount("UEMOA", 0, 1, 1));
        assertThat(counted.total()).isEqualTo(new IndicatorCount("", 1, 1, 1));
    }

    @Test
    void noActivityGivesNoLinesAndZeroTotals() {
        IndicatorCounter.Counted counted = IndicatorCounter.count(List.of(), BY_REGION, FROM, UNTIL);

        assertThat(counted.lines()).isEmpty();
        assertThat(counted.total()).isEqualTo(new IndicatorCount("", 0, 0, 0));
    }
}
