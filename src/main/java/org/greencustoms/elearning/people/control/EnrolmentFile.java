package org.greencustoms.elearning.people.control;

import java.util.List;

/**
 * What an enrolment file holds once checked: the rows that passed and every problem found. The caller enrols the
 * whole file or nothing, so that a trainer never has to work out which half of a cohort got in.
 *
 * @param rows the rows without problems, in file order
 * @param problems every problem, file-level ones first, then by line
 */
public record EnrolmentFile(List<EnrolmentRow> rows, List<RowProblem> problems) {

    public EnrolmentFile {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    /** Whether the file can be enrolled as it is: nothing wrong and at least one officer. */
    public boolean valid() {
        return problems.isEmpty() && !rows.isEmpty();
    }
}
