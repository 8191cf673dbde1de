package org.greencustoms.elearning.assessment.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A module's quiz as its learner sees it before starting: the rules, the attempts so far, and whether (and how) they
 * may start one.
 *
 * @param maxAttempts 0 for unlimited
 * @param openAttempt the id of the learner's attempt in progress, or null
 * @param grade       the module grade by {@code grading} over the submitted attempts, or null before any
 */
public record QuizOverview(String module, String title, int questions, double totalPoints, int passMark,
        int maxAttempts, Integer timeLimitMinutes, String review, String grading, Long openAttempt,
        List<Past> attempts, Double grade, boolean passed) implements Serializable {

    public record Past(long id, int number, Instant submittedAt, double percent, boolean passed)
            implements Serializable {
    }

    public boolean canStart() {
        return openAttempt == null && questions > 0 && (maxAttempts == 0 || attempts.size() < maxAttempts);
    }
}
