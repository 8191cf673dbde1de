package org.greencustoms.elearning.web.learn;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.greencustoms.elearning.assessment.boundary.AttemptView;
import org.greencustoms.elearning.assessment.boundary.Attempts;
import org.greencustoms.elearning.assessment.boundary.QuizOverview;
import org.greencustoms.elearning.platform.BusinessException;
import org.greencustoms.elearning.platform.NotFoundException;
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
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            overview = attempts.overview(username(), module, locale.getLanguage());
        } catch (NotFoundException e) {
            faces.getExternalContext().setResponseStatus(404);
        }
    }

    public String start() {
        FacesContext faces = FacesContext.getCurrentInstance();
        String requested = faces.getExternalContext().getRequestParameterMap().get("module");
        try {
            AttemptView attempt = attempts.start(username(), requested, locale.getLanguage());
            return "/learn/attempt?faces-redirect=true&id=" + attempt.id();
        } catch (BusinessException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.get(faces, e.messageKey()),
                    e.getMessage()));
            module = requested;
            load();
            return null;
        }
    }

    private String username() {
        return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
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
