package org.greencustoms.elearning.progress.boundary;

import java.time.Instant;

/**
 * Where a learner stands in one module: units done, the module grade over their submitted attempts (by the module's
 * grading method; null before any), whether the module is completed (by its completion rule) and the code of
 * its certificate (null if none). {@code quizOpen}: the module has a quiz and the learner may start or resume an
 * attempt.
 */
public record ModuleProgress(String moduleId, String title, int unitsDone, int unitCount, Instant lastActivity,
        Double grade, boolean passed, boolean completed, String nextUnit, boolean quizOpen, String certificate) {

    public int percent() {
        return unitCount == 0 ? 0 : Math.round(100f * unitsDone / unitCount);
    }
}
