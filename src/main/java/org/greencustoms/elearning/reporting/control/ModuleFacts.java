package org.greencustoms.elearning.reporting.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import org.greencustoms.elearning.assessment.control.Grades;
import org.greencustoms.elearning.catalog.entity.CompletionRule;
import org.greencustoms.elearning.catalog.entity.GradingMethod;

/**
 * What one learner has done in one module, as the reports read it in bulk, and the cell of the progress matrix it
 * gives: passed (completed by the module's rule, or certified), failed (every attempt used and the quiz, which the
 * rule needs, not passed), in
 * progress with a percentage (units done, and the quiz as one more step), or not started; overdue when its due date
 * has passed before it was completed.
 *
 * @param submittedPercents the percent of each submitted attempt, in attempt order
 * @param attempts every attempt started, submitted or not
 * @param certificatePercent the certificate's score if the learner holds one (a certified module stays passed even
 *        when a later version changes the rule)
 */
public record ModuleFacts(int unitsDone, int unitCount, int questionCount, List<Double> submittedPercents,
        int attempts, int maxAttempts, GradingMethod grading, int passMark, CompletionRule rule,
        boolean certified, Double certificatePercent, Instant lastActivity) {

    public ModuleFacts {
        submittedPercents = List.copyOf(submittedPercents);
    }

    /** One cell of the matrix; {@code grade} is null before any submitted attempt. */
    public record Cell(CellStatus status, int percent, Double grade, boolean overdue, int attempts,
            Instant lastActivity) {
    }

    public Cell cell(LocalDate dueOn, LocalDate today) {
        boolean hasQuiz = questionCount > 0;
        OptionalDouble grade = Grades.moduleGrade(grading, submittedPercents);
        boolean passedQuiz = grade.isPresent() && Grades.passed(grade.getAsDouble(), passMark);
        boolean allUnitsDone = unitsDone >= unitCount;
        Double shownGrade = certified ? certificatePercent : grade.isPresent() ? grade.getAsDouble() : null;
        CellStatus status;
        if (certified || rule.completed(allUnitsDone, passedQuiz, hasQuiz)) {
            status = CellStatus.PASSED;
        } else if (rule != CompletionRule.UNITS && hasQuiz && maxAttempts > 0 && submittedPercents.size() >= maxAttempts && !passedQuiz) {
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
}
