package org.greencustoms.elearning.reporting.control;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Counts officers per country, region or agreement over a period: a line counts an officer once, a total counts each
 * officer once over every line (so a total is not the sum of lines when an officer is in several: Benin is in UEMOA
 * and in ECOWAS, a module may cover two agreements).
 */
public final class IndicatorCounter {

    /** What a line is. */
    public enum Grouping {
        COUNTRY, REGION, AGREEMENT;

        /** The grouping named, in any case, as the by= parameter gives it. */
        public static Optional<Grouping> named(String name) {
            return Arrays.stream(values()).filter(g -> g.name().equalsIgnoreCase(name)).findFirst();
        }

        public String parameter() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The lines in key order, officers without a key (no administration, region or agreement) under "". */
    public record Counted(List<IndicatorCount> lines, IndicatorCount total) {
    }

    private IndicatorCounter() {
    }

    /**
     * @param keys     the keys of the lines an activity counts in (its officer's country or regions, or its module's
     *                 agreements); empty for the line without a key
     * @param from     the period's first instant, inclusive
     * @param until    the period's end, exclusive
     */
    public static Counted count(List<OfficerActivity> activities, Function<OfficerActivity, Set<String>> keys,
            Instant from, Instant until) {
        Map<String, IndicatorCount.Officers> lines = new TreeMap<>();
        IndicatorCount.Officers total = new IndicatorCount.Officers();
        for (OfficerActivity activity : activities) {
            boolean began = within(activity.began(), from, until);
            boolean completed = within(activity.completed(), from, until);
            boolean certified = within(activity.certified(), from, until);
            if (!began && !completed && !certified) {
                continue;
            }
            Set<String> lineKeys = keys.apply(activity);
            for (String key : lineKeys.isEmpty() ? Set.of("") : lineKeys) {
                add(lines.computeIfAbsent(key, k -> new IndicatorCount.Officers()), activity, began, completed,
                        certified);
            }
            add(total, activity, began, completed, certified);
        }
        return new Counted(lines.entrySet().stream().map(e -> e.getValue().count(e.getKey())).toList(),
                total.count(""));
    }

    private static void add(IndicatorCount.Officers officers, OfficerActivity activity, boolean began,
            boolean completed, boolean certified) {
        if (began) {
            officers.enrolled.add(activity.learnerId());
        }
        if (completed) {
            officers.completed.add(activity.learnerId());
        }
        if (certified) {
            officers.certified.add(activity.learnerId());
        }
    }

    private static boolean within(Instant moment, Instant from, Instant until) {
        return moment != null && !moment.isBefore(from) && moment.isBefore(until);
    }
}
