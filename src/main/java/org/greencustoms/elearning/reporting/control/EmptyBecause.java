package org.greencustoms.elearning.reporting.control;

/**
 * Why a statistic is empty. A key rather than a sentence, so that the page says it in the reader's language.
 */
public enum EmptyBecause {
    /** No attempt at all, or none that had the question. */
    NO_ATTEMPT,
    /**
     * Too few attempts for this statistic: a spread, and everything built on one, needs 2; Moodle's skewness needs 3
     * and its kurtosis 4.
     */
    TOO_FEW_ATTEMPTS,
    /** The question (or every question an attempt had) is worth no points, so there is no percent or facility. */
    NO_MAX_MARK,
    /** Everyone has the same mark on the question: a correlation with it is 0 / 0. */
    SAME_MARK_FOR_EVERYONE,
    /** Everyone has the same mark on the rest of the test: a correlation with it is 0 / 0. */
    SAME_REST_OF_TEST_FOR_EVERYONE,
    /** Everyone has the same total: skewness, kurtosis and internal consistency divide by its variance. */
    SAME_TOTAL_FOR_EVERYONE,
    /** Internal consistency compares questions with each other, so it needs at least 2. */
    FEWER_THAN_TWO_QUESTIONS,
    /** Internal consistency uses only the attempts that had every question, and fewer than 2 did. */
    TOO_FEW_COMPLETE_ATTEMPTS
}
