package org.greencustoms.elearning.platform;

import jakarta.ejb.ApplicationException;
import java.util.List;
import java.util.Locale;

/**
 * A request the platform refuses for a reason the user can act on. Unchecked, and rolls the transaction back,
 * so that a refused request changes nothing. Each subclass is one case and names its message key.
 */
@ApplicationException(rollback = true)
public abstract class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected BusinessException(String message) {
        super(message);
    }

    /** The resource-bundle key of the message shown to users. */
    public abstract String messageKey();

    /** Details a client can act on one by one, such as every problem of a content package; often none. */
    public List<?> details() {
        return List.of();
    }

    /** The details as a reader in that language sees them; the same as {@link #details()} unless they hold text. */
    public List<?> details(Locale locale) {
        return details();
    }

    /** The HTTP status that fits this failure when it reaches a REST client. */
    public int httpStatus() {
        return 400;
    }
}
