package org.greencustoms.elearning.reporting.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Raises the {@link TranslationFlag}s; the rule, and why, is described there. */
final class TranslationCheck {

    static final int MINIMUM_ATTEMPTS = 5;
    static final double MINIMUM_DIFFERENCE = 0.15;
    static final double MINIMUM_STANDARD_ERRORS = 2;

    private TranslationCheck() {
    }

    /** In the questions' order, and for each question in the languages' alphabetical order. */
    static List<TranslationFlag> flags(List<AnalysedQuestion> questions, List<AttemptMarks> attempts) {
        List<TranslationFlag> flags = new ArrayList<>();
        for (AnalysedQuestion question : questions) {
            if (question.maxMark() > 0) {
                flags.addAll(flags(question, attempts));
            }
        }
        return flags;
    }

    private static List<TranslationFlag> flags(AnalysedQuestion question, List<AttemptMarks> attempts) {
        Map<String, Group> byLanguage = new TreeMap<>();
        for (AttemptMarks attempt : attempts) {
            if (attempt.has(question.key())) {
                byLanguage.merge(attempt.language(), new Group(1, attempt.mark(question.key()) / question.maxMark()),
                        Group::plus);
            }
        }
        List<TranslationFlag> flags = new ArrayList<>();
        byLanguage.forEach((language, here) -> {
            Group elsewhere = byLanguage.entrySet().stream().filter(entry -> !entry.getKey().equals(language))
                    .map(Map.Entry::getValue).reduce(new Group(0, 0), Group::plus);
            if (standsApart(here, elsewhere, byLanguage, language)) {
                flags.add(new TranslationFlag(question.key(), language, here.facility(), elsewhere.facility(),
                        here.count(), elsewhere.count()));
            }
        });
        return flags;
    }

    private static boolean standsApart(Group here, Group elsewhere, Map<String, Group> byLanguage, String language) {
        if (!markedlyDifferent(here, elsewhere)) {
            return false;
        }
        double direction = Math.signum(here.facility() - elsewhere.facility());
        return byLanguage.entrySet().stream()
                .filter(entry -> !entry.getKey().equals(language) && entry.getValue().count() >= MINIMUM_ATTEMPTS)
                .map(Map.Entry::getValue)
                .allMatch(other -> markedlyDifferent(here, other)
                        && Math.signum(here.facility() - other.facility()) == direction);
    }

    /** Rules 1 to 3 of {@link TranslationFlag}. */
    static boolean markedlyDifferent(Group one, Group other) {
        if (one.count() < MINIMUM_ATTEMPTS || other.count() < MINIMUM_ATTEMPTS) {
            return false;
        }
        double difference = Math.abs(one.facility() - other.facility());
        double pooled = (one.sum() + other.sum()) / (one.count() + other.count());
        double variance = pooled * (1 - pooled) * (1.0 / one.count() + 1.0 / other.count());
        // The variance is 0 only when there is no difference (or when marks above the maximum were given).
        return difference >= MINIMUM_DIFFERENCE && variance > 0
                && difference >= MINIMUM_STANDARD_ERRORS * Math.sqrt(variance);
    }

    /** The fraction marks of some attempts: how many, and their sum. */
    record Group(int count, double sum) {

        double facility() {
            return sum / count;
        }

        Group plus(Group other) {
            return new Group(count + other.count, sum + other.sum);
        }
    }
}
