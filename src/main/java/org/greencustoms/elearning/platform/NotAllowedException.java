package org.greencustoms.elearning.platform;

/** The signed-in user's roles do not allow the request. */
public class NotAllowedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NotAllowedException(String role) {
        super("This needs the " + role + " role, which your account does not have");
    }

    @Override
    public String messageKey() {
        return "error.notAllowed";
    }

    @Override
    public int httpStatus() {
        return 403;
    }
}
