package org.greencustoms.elearning.assessment.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.greencustoms.elearning.assessment.control.Answer;
import org.greencustoms.elearning.assessment.control.QuestionView;

/** An attempt as its learner sees it: the questions in the drawn order, the answers saved so far, the deadline. */
public record AttemptView(long id, String module, int version, int number, Instant startedAt, Instant deadline,
        Instant submittedAt, List<QuestionView> questions, Map<String, Answer> answers) {

    public boolean submitted() {
        return submittedAt != null;
    }
}
