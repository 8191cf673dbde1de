package org.greencustoms.elearning.reporting.control;

/** Where a learner stands in one assigned module. */
public enum CellStatus {
    NOT_STARTED, IN_PROGRESS, PASSED, FAILED
}
