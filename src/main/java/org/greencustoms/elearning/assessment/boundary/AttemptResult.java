package org.greencustoms.elearning.assessment.boundary;

import java.time.Instant;

/** The grade of a submitted attempt against the module's pass mark. */
public record AttemptResult(long attemptId, String module, int number, double points, double totalPoints,
        double percent, int passMark, boolean passed, Instant submittedAt) {
}
