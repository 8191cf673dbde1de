package org.greencustoms.elearning.people.boundary;

/**
 * Whose officers a set of programme indicators counts: everyone, one administration's, or the learners of one
 * trainer's cohorts.
 */
public record IndicatorScope(String administration, Long trainerId) {

    public static IndicatorScope everyone() {
        return new IndicatorScope(null, null);
    }

    public static IndicatorScope administration(String code) {
        return new IndicatorScope(code, null);
    }

    public static IndicatorScope cohortsOf(long trainerId) {
        return new IndicatorScope(null, trainerId);
    }
}
