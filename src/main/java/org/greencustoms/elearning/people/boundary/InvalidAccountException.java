package org.greencustoms.elearning.people.boundary;

import java.util.List;
import org.greencustoms.elearning.platform.InvalidRequestException;

/** An account that cannot be created as given. */
public class InvalidAccountException extends InvalidRequestException {

    private static final long serialVersionUID = 1L;

    public InvalidAccountException(List<String> problems) {
        super("The account was not created", "error.invalidAccount", problems);
    }
}
