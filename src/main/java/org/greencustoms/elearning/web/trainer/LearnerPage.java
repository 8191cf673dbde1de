package org.greencustoms.elearning.web.trainer;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.greencustoms.elearning.reporting.boundary.LearnerDetail;
import org.greencustoms.elearning.reporting.boundary.LearnerReports;
import org.greencustoms.elearning.web.LocaleBean;

/** A learner of the trainer's cohorts, /trainer/learner.xhtml?id=: progress, attempts, certificates. */
@Named
@RequestScoped
public class LearnerPage {

    @Inject
    LearnerReports reports;

    @Inject
    LocaleBean locale;

    private long id;
    private LearnerDetail detail;

    public void load() {
        detail = reports.detail(id, locale.getLanguage());
    }

    /** A duration as minutes and seconds, "12 min 05 s". */
    public String duration(Long seconds) {
        return seconds == null ? "" : String.format("%d min %02d s", seconds / 60, seconds % 60);
    }

    public LearnerDetail getDetail() {
        return detail;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }
}
