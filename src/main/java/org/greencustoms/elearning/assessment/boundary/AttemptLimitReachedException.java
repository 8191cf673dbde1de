package org.greencustoms.elearning.assessment.boundary;

import org.greencustoms.elearning.platform.BusinessException;

/** Every attempt the module allows has been used. */
public class AttemptLimitReachedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public AttemptLimitReachedException(String module, int limit) {
        super("All " + limit + " attempts at the quiz of " + module + " have been used");
    }

    @Override
    public String messageKey() {
        return "error.attemptLimit";
    }

    @Override
    public int httpStatus() {
        return 409;
    }
}
