package org.greencustoms.elearning.reporting.control;

import java.time.LocalDate;

/** A module assigned to the cohort, as a column of the progress matrix. */
public record MatrixColumn(String module, String title, LocalDate dueOn, int unitCount, int questionCount) {
}
