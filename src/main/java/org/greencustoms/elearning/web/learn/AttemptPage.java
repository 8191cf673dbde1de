package org.greencustoms.elearning.web.learn;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.time.Clock;
import org.greencustoms.elearning.assessment.boundary.AttemptView;
import org.greencustoms.elearning.assessment.boundary.Attempts;
import org.greencustoms.elearning.web.LocaleBean;

/**
 * An attempt in progress, /learn/attempt.xhtml?id=...: the questions in their drawn order. The page's script saves
 * answers over REST as the learner goes and submits the same way; this bean only renders. A submitted attempt
 * (or one whose time ran out) goes to its result.
 */
@Named
@RequestScoped
public class AttemptPage {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Inject
    Attempts attempts;

    @Inject
    LocaleBean locale;

    @Inject
    FacesContext faces;

    @Inject
    Clock clock;

    private long id;
    private AttemptView attempt;

    public void load() throws IOException {
        attempt = attempts.get(id, locale.getLanguage());
        if (attempt.submitted()) {
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                    + "/learn/result.xhtml?attempt=" + id);
            faces.responseComplete();
        }
    }

    /** The answers saved so far, as JSON, for the page's script to put back into the form. */
    public String getSavedAnswers() {
        return JSONB.toJson(attempt.answers());
    }

    /** The deadline as epoch milliseconds for the countdown, or empty. */
    public String getDeadlineMillis() {
        return attempt.deadline() == null ? "" : String.valueOf(attempt.deadline().toEpochMilli());
    }

    /** The server's time as epoch milliseconds: the countdown runs on the server's clock, not the device's. */
    public String getNowMillis() {
        return String.valueOf(clock.millis());
    }

    public AttemptView getAttempt() {
        return attempt;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }
}
