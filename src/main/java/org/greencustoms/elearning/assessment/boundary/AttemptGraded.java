package org.greencustoms.elearning.assessment.boundary;

import org.greencustoms.elearning.assessment.entity.Attempt;

/** An attempt was graded (submitted, or closed by its deadline), in the transaction that graded it. */
public record AttemptGraded(Attempt attempt) {
}
