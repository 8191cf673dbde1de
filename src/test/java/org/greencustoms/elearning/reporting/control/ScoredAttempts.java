package org.greencustoms.elearning.reporting.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** Quizzes and attempts for the tests: questions are keyed q1, q2… in the order their marks are given. */
final class ScoredAttempts {

    private ScoredAttempts() {
    }

    static List<AnalysedQuestion> questions(double... maxMarks) {
        return IntStream.range(0, maxMarks.length)
                .mapToObj(i -> new AnalysedQuestion("q" + (i + 1), maxMarks[i], "Question " + (i + 1))).toList();
    }

    /** An attempt in English that had every question, with these marks for q1, q2… */
    static ScoredAttempt attempt(double... marks) {
        return attempt("en", marks);
    }

    static ScoredAttempt attempt(String language, double... marks) {
        Map<String, Double> byKey = new LinkedHashMap<>();
        for (int i = 0; i < marks.length; i++) {
            byKey.put("q" + (i + 1), marks[i]);
        }
        return new ScoredAttempt(language, byKey);
    }

    /** An attempt that had only some questions: key, mark, key, mark… */
    static ScoredAttempt partial(Object... keysAndMarks) {
        Map<String, Double> byKey = new LinkedHashMap<>();
        for (int i = 0; i < keysAndMarks.length; i += 2) {
            byKey.put((String) keysAndMarks[i], ((Number) keysAndMarks[i + 1]).doubleValue());
        }
        return new ScoredAttempt("en", byKey);
    }

    /**
     * {@code count} attempts in the language at a two-question quiz: q1 is right in every other attempt, whatever the
     * language; q2 is right (mark 1) in the first {@code rightOnQ2} attempts and wrong in the others.
     */
    static List<ScoredAttempt> takers(String language, int count, int rightOnQ2) {
        List<ScoredAttempt> attempts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            attempts.add(attempt(language, i % 2, i < rightOnQ2 ? 1 : 0));
        }
        return attempts;
    }
}
