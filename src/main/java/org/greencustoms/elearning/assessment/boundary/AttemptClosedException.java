package org.greencustoms.elearning.assessment.boundary;

import jakarta.ejb.ApplicationException;
import org.greencustoms.elearning.platform.BusinessException;

/**
 * Answers cannot be saved into an attempt that is submitted, or whose time is up. Does not roll back: when the time
 * is up, the attempt is graded with the answers saved by then, and that grade must stay.
 */
@ApplicationException(rollback = false)
public class AttemptClosedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public AttemptClosedException(long id, String why) {
        super("Attempt " + id + " is closed: " + why);
    }

    @Override
    public String messageKey() {
        return "error.attemptClosed";
    }

    @Override
    public int httpStatus() {
        return 409;
    }
}
