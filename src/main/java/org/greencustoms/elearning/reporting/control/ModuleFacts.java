package org.greencustoms.elearning.reporting.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalDouble;
import org.greencustoms.elearning.assessment.control.Grades;
import org.greencustoms.elearning.catalog.entity.GradingMethod;

/**
 * What one learner has done in one module, as the reports read it in bulk, and the cell of the progress matrix it
 * gives: passed (the module is completed, with its certificate), failed (every attempt used, not passed), in progress
 * with a percentage (units done, and the quiz as one more step), or not started; overdue when its due date has
 * passed before it was completed.
 */
public record ModuleFacts(int unitsDone, int unitCount, boolean hasQuiz, List<Double> submittedPercents,
        int attempts, int maxAttempts, GradingMethod grading, int passMark, Double certificatePercent,
        Instant lastActivity) {

    public record Cell(CellStatus status, int percent, Double grade, boolean overdue, int attempts,
            Instant lastActivity) {
    }

    public Cell cell(LocalDate dueOn, LocalDate today) {
        OptionalDouble grade = Grades.moduleGrade(grading, submittedPercents);
        boolean passedQuiz = grade.isPresent() && Grades.passed(grade.getAsDouble(), passMark);
        Double shownGrade = certificatePercent != null ? certificatePercent
                : grade.isPresent() ? Double.valueOf(grade.getAsDouble()) : null;
        CellStatus status;
        if (certificatePercent != null || (unitCount > 0 && unitsDone == unitCount && passedQuiz)) {
            status = CellStatus.PASSED;
        } else if (hasQuiz && maxAttempts > 0 && submittedPercents.size() >= maxAttempts && !passedQuiz) {
            status = CellStatus.FAILED;
        } else if (unitsDone > 0 || attempts > 0) {
            status = CellStatus.IN_PROGRESS;
        } else {
            status = CellStatus.NOT_STARTED;
        }
        int steps = unitCount + (hasQuiz ? 1 : 0);
        int done = Math.min(unitsDone, unitCount) + (passedQuiz ? 1 : 0);
        int percent = status == CellStatus.PASSED ? 100 : steps == 0 ? 0 : (int) Math.floor(100.0 * done / steps);
        boolean overdue = dueOn != null && status != CellStatus.PASSED && today.isAfter(dueOn);
        return new Cell(status, percent, shownGrade, overdue, attempts, lastActivity);
    }

    /** A module nobody has touched. */
    public static ModuleFacts none(int unitCount, boolean hasQuiz, int maxAttempts, GradingMethod grading,
            int passMark) {
        return new ModuleFacts(0, unitCount, hasQuiz, List.of(), 0, maxAttempts, grading, passMark, null, null);
    }

    public static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, ZoneOffset.UTC);
    }
}
