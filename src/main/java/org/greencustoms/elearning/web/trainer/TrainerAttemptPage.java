package org.greencustoms.elearning.web.trainer;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.greencustoms.elearning.assessment.boundary.AttemptReview;
import org.greencustoms.elearning.assessment.boundary.Attempts;
import org.greencustoms.elearning.web.LocaleBean;

/** A learner's submitted attempt as the trainer reviews it, /trainer/attempt.xhtml?id=&amp;learner=. */
@Named
@RequestScoped
public class TrainerAttemptPage {

    @Inject
    Attempts attempts;

    @Inject
    LocaleBean locale;

    private long id;
    private long learner;
    private AttemptReview review;

    public void load() {
        review = attempts.trainerReview(id, locale.getLanguage());
    }

    public AttemptReview getReview() {
        return review;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public long getLearner() {
        return learner;
    }

    public void setLearner(long learner) {
        this.learner = learner;
    }
}
