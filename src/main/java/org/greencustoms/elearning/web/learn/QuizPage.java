package org.greencustoms.elearning.web.learn;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.greencustoms.elearning.assessment.boundary.AttemptView;
import org.greencustoms.elearning.assessment.boundary.Attempts;
import org.greencustoms.elearning.assessment.boundary.QuizOverview;
import org.greencustoms.elearning.web.LocaleBean;

/**
 * A module's quiz before an attempt, /learn/quiz.xhtml?module=...: the rules, the learner's attempts so far, and
 * the button that starts (or resumes) one. View-scoped, so that the quiz shown is still there when the start form
 * is posted back (the module also travels in a plain hidden field, which is what start() trusts).
 */
@Named
@ViewScoped
public class QuizPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Attempts attempts;

    @Inject
    LocaleBean locale;

    private String module;
    private QuizOverview overview;

    public void load() {
        overview = attempts.overview(module, locale.getLanguage());
    }

    public String start() {
        FacesContext faces = FacesContext.getCurrentInstance();
        String requested = faces.getExternalContext().getRequestParameterMap().get("module");
        AttemptView attempt = attempts.start(requested, locale.getLanguage());
        return "/learn/attempt?faces-redirect=true&id=" + attempt.id();
    }

    public QuizOverview getOverview() {
        return overview;
    }

    public String getModule() {
        return module;
    }

    public void setModule(String module) {
        this.module = module;
    }
}
