package org.greencustoms.elearning.platform;

/** A request that needs a signed-in user came without one (or the session has ended). */
public class NotSignedInException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NotSignedInException() {
        super("Sign in first: POST your username and password to /api/v1/session, then send its session cookie");
    }

    /** A refused sign-in, saying why in a way that does not tell which of username or password was wrong. */
    public NotSignedInException(String why) {
        super("Not signed in: " + why);
    }

    @Override
    public String messageKey() {
        return "error.notSignedIn";
    }

    @Override
    public int httpStatus() {
        return 401;
    }
}
