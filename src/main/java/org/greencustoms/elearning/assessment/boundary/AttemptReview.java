package org.greencustoms.elearning.assessment.boundary;

import java.util.List;
import org.greencustoms.elearning.assessment.control.ReviewItem;

/** A submitted attempt's grade and, question by question in the drawn order, its review. */
public record AttemptReview(AttemptResult result, List<ReviewItem> items) {
}
