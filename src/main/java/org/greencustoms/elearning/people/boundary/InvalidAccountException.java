package org.greencustoms.elearning.people.boundary;

import java.util.List;
import org.greencustoms.elearning.platform.BusinessException;

/** An account that cannot be created as given: every reason, in {@link #details()}. */
public class InvalidAccountException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public InvalidAccountException(List<String> problems) {
        super("The account was not created: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    @Override
    public List<String> details() {
        return problems;
    }

    @Override
    public String messageKey() {
        return "error.invalidAccount";
    }

    @Override
    public int httpStatus() {
        return 400;
    }
}
