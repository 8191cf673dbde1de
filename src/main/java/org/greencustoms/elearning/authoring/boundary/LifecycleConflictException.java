package org.greencustoms.elearning.authoring.boundary;

import org.greencustoms.elearning.platform.BusinessException;

/**
 * A step of a module's lifecycle that its present state does not allow: publishing when there is no draft (a
 * second click on "Publish"), rolling back while a draft waits, retiring what is not published.
 */
public class LifecycleConflictException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;

    LifecycleConflictException(String message, String messageKey) {
        super(message);
        this.messageKey = messageKey;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }

    @Override
    public int httpStatus() {
        return 409;
    }
}
