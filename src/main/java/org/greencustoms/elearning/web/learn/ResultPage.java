package org.greencustoms.elearning.web.learn;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.greencustoms.elearning.assessment.boundary.AttemptNotSubmittedException;
import org.greencustoms.elearning.assessment.boundary.AttemptResult;
import org.greencustoms.elearning.assessment.boundary.AttemptReview;
import org.greencustoms.elearning.assessment.boundary.Attempts;
import org.greencustoms.elearning.assessment.control.ReviewItem;
import org.greencustoms.elearning.progress.boundary.Learning;
import org.greencustoms.elearning.progress.boundary.ModuleProgress;
import org.greencustoms.elearning.web.LocaleBean;

/**
 * A submitted attempt, /learn/result.xhtml?attempt=...: the score against the pass mark, what the learner may do
 * next, and the review, when the module's review policy shows it.
 */
@Named
@RequestScoped
public class ResultPage {

    @Inject
    Attempts attempts;

    @Inject
    LocaleBean locale;

    @Inject
    FacesContext faces;

    @Inject
    Learning learning;

    private long attempt;
    private AttemptResult result;
    private ModuleProgress progress;
    private List<ReviewItem> review = List.of();

    public void load() throws IOException {
        try {
            AttemptReview outcome = attempts.outcome(attempt, locale.getLanguage());
            result = outcome.result();
            review = outcome.items();
            progress = learning.moduleOf(result.module(), locale.getLanguage());
        } catch (AttemptNotSubmittedException e) {
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                    + "/learn/attempt.xhtml?id=" + attempt);
            faces.responseComplete();
        }
    }

    /** What stands between a passed attempt and the certificate: units to read, or the module grade. */
    public String getStillToDo() {
        if (result == null || !result.passed() || result.certificate() != null || progress == null
                || progress.completed()) {
            return null;
        }
        return progress.unitsDone() < progress.unitCount() ? "result.readToComplete" : "result.gradeBelow";
    }

    public AttemptResult getResult() {
        return result;
    }

    public List<ReviewItem> getReview() {
        return review;
    }

    public long getAttempt() {
        return attempt;
    }

    public void setAttempt(long attempt) {
        this.attempt = attempt;
    }
}
