package org.greencustoms.elearning.assessment.boundary;

import java.time.Instant;

/**
 * The grade of a submitted attempt against the module's pass mark, and what the learner may do next.
 *
 * @param maxAttempts     0 for unlimited
 * @param review          the module's review policy keyword ({@code immediately}, {@code after-last-attempt},
 *                        {@code never})
 * @param reviewAvailable whether the review (right answers, feedback) may be shown now
 * @param certificate     the code of the learner's certificate for the module, if it has been issued
 */
public record AttemptResult(long attemptId, String module, int number, double points, double totalPoints,
        double percent, int passMark, boolean passed, Instant submittedAt, int attemptsUsed, int maxAttempts,
        String review, boolean reviewAvailable, String certificate) {

    public boolean attemptsLeft() {
        return maxAttempts == 0 || attemptsUsed < maxAttempts;
    }
}
