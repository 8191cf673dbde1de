package org.greencustoms.elearning.people.boundary;

import org.greencustoms.elearning.platform.BusinessException;

/** The username is taken. */
public class AccountExistsException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public AccountExistsException(String username) {
        super("An account named '" + username + "' exists already");
    }

    @Override
    public String messageKey() {
        return "error.accountExists";
    }

    @Override
    public int httpStatus() {
        return 409;
    }
}
