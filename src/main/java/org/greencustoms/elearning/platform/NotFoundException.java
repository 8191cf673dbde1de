package org.greencustoms.elearning.platform;

/** The record asked for does not exist, or the caller may not know that it exists. */
public class NotFoundException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(message);
    }

    @Override
    public String messageKey() {
        return "error.notFound";
    }

    @Override
    public int httpStatus() {
        return 404;
    }
}
