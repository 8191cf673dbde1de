package org.greencustoms.elearning.platform;

import java.util.List;

/**
 * A request that lacks something it needs, or has it in a form that will not do: every reason in details(), so
 * that the caller can mend them all at once. Subclasses name what was refused.
 */
public class InvalidRequestException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;
    private final String messageKey;

    public InvalidRequestException(List<String> problems) {
        this("The request is not complete", "error.invalidRequest", problems);
    }

    /** @param outcome what did not happen, such as "The answers were not saved" */
    public InvalidRequestException(String outcome, String messageKey, List<String> problems) {
        super(outcome + ": " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
        this.messageKey = messageKey;
    }

    @Override
    public List<String> details() {
        return problems;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }

    @Override
    public int httpStatus() {
        return 400;
    }
}
