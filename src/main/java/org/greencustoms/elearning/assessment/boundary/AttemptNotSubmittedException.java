package org.greencustoms.elearning.assessment.boundary;

import org.greencustoms.elearning.platform.BusinessException;

/** A grade or review was asked for an attempt that is still open. */
public class AttemptNotSubmittedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public AttemptNotSubmittedException(long id) {
        super("Attempt " + id + " is not submitted yet: submit it to see its grade");
    }

    @Override
    public String messageKey() {
        return "error.attemptOpen";
    }

    @Override
    public int httpStatus() {
        return 409;
    }
}
