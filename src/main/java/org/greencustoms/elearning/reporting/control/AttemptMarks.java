package org.greencustoms.elearning.reporting.control;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An attempt's marks on the analysed questions only (a mark for a question outside the analysis is left out), with
 * the total X that the rest of the test, X − x, is taken from and the most the attempt could have scored.
 */
record AttemptMarks(String language, Map<String, Double> marks, double total, double possible) {

    static List<AttemptMarks> of(List<AnalysedQuestion> questions, List<ScoredAttempt> attempts) {
        return attempts.stream().map(attempt -> of(questions, attempt)).toList();
    }

    private static AttemptMarks of(List<AnalysedQuestion> questions, ScoredAttempt attempt) {
        Map<String, Double> marks = new HashMap<>();
        double total = 0;
        double possible = 0;
        for (AnalysedQuestion question : questions) {
            Double mark = attempt.marks().get(question.key());
            if (mark != null && !marks.containsKey(question.key())) {
                marks.put(question.key(), mark);
                total += mark;
                possible += Math.max(0, question.maxMark());
            }
        }
        return new AttemptMarks(attempt.language(), Map.copyOf(marks), total, possible);
    }

    boolean has(String questionKey) {
        return marks.containsKey(questionKey);
    }

    double mark(String questionKey) {
        return marks.getOrDefault(questionKey, 0.0);
    }

    boolean hasAll(List<AnalysedQuestion> questions) {
        return questions.stream().allMatch(question -> has(question.key()));
    }
}
