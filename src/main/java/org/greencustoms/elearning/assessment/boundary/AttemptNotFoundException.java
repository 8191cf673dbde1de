package org.greencustoms.elearning.assessment.boundary;

import org.greencustoms.elearning.platform.NotFoundException;

/** No such attempt, or it is someone else's: the two look the same, so nothing leaks. */
public class AttemptNotFoundException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public AttemptNotFoundException(long id) {
        super("No attempt " + id + " of yours exists");
    }

    @Override
    public String messageKey() {
        return "error.attemptNotFound";
    }
}
