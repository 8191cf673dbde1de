package org.greencustoms.elearning.assessment.boundary;

import org.greencustoms.elearning.platform.BusinessException;

/** The module's review policy does not show the right answers (yet). */
public class ReviewNotAvailableException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final String policy;

    public ReviewNotAvailableException(long id, String policy) {
        super("The review of attempt " + id + " is not available: " + ("never".equals(policy)
                ? "this module never shows the right answers"
                : "this module shows the right answers after your last attempt"));
        this.policy = policy;
    }

    public String policy() {
        return policy;
    }

    @Override
    public String messageKey() {
        return "never".equals(policy) ? "error.reviewNever" : "error.reviewAfterLast";
    }

    @Override
    public int httpStatus() {
        return 403;
    }
}
