package org.greencustoms.elearning.assessment.boundary;

import java.util.List;
import org.greencustoms.elearning.platform.BusinessException;

/** Answers that cannot belong to the attempt: unknown questions, unknown choices, fields of another type. */
public class InvalidAnswerException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public InvalidAnswerException(List<String> problems) {
        super("The answers were not saved: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    @Override
    public List<String> details() {
        return problems;
    }

    @Override
    public String messageKey() {
        return "error.invalidAnswer";
    }
}
