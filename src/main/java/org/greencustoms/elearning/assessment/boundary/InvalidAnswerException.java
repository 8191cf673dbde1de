package org.greencustoms.elearning.assessment.boundary;

import java.util.List;
import org.greencustoms.elearning.platform.InvalidRequestException;

/** Answers that cannot belong to the attempt: unknown questions, unknown choices, fields of another type. */
public class InvalidAnswerException extends InvalidRequestException {

    private static final long serialVersionUID = 1L;

    public InvalidAnswerException(List<String> problems) {
        super("The answers were not saved", "error.invalidAnswer", problems);
    }
}
