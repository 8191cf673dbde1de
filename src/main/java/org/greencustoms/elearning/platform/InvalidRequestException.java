package org.greencustoms.elearning.platform;

import java.util.List;

/** A request that lacks something it needs, or has it in a form that will not do: every reason in details(). */
public class InvalidRequestException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public InvalidRequestException(List<String> problems) {
        super("The request is not complete: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    @Override
    public List<String> details() {
        return problems;
    }

    @Override
    public String messageKey() {
        return "error.invalidRequest";
    }

    @Override
    public int httpStatus() {
        return 400;
    }
}
