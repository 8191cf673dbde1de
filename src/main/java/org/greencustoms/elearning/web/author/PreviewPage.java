package org.greencustoms.elearning.web.author;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.greencustoms.elearning.authoring.boundary.Authoring;
import org.greencustoms.elearning.authoring.boundary.Preview;
import org.greencustoms.elearning.platform.NotFoundException;
import org.greencustoms.elearning.web.LocaleBean;

/**
 * A version as learners will read it, /author/preview.xhtml?module=&amp;version=&amp;in=&amp;unit=: one unit at
 * a time in the reader's layout, or the quiz with its answer key ({@code unit=quiz}), in each of its languages.
 */
@Named
@ViewScoped
public class PreviewPage implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final String QUIZ = "quiz";

    @Inject
    Authoring authoring;

    @Inject
    LocaleBean locale;

    private String module;
    private Integer version;
    /** The content's language, which may differ from the page's. */
    private String in;
    private String unit;
    private Preview preview;

    public void load() {
        if (module == null || version == null) {
            throw new NotFoundException("Preview of what? Give module and version");
        }
        preview = authoring.preview(module, version, in == null ? locale.getLanguage() : in);
        if (unit == null || !QUIZ.equals(unit) && preview.units().stream().noneMatch(u -> u.id().equals(unit))) {
            unit = preview.units().isEmpty() ? QUIZ : preview.units().get(0).id();
        }
    }

    public Preview.PreviewUnit getCurrentUnit() {
        return preview.units().stream().filter(u -> u.id().equals(unit)).findFirst().orElse(null);
    }

    public boolean isQuiz() {
        return QUIZ.equals(unit);
    }

    public Preview getPreview() {
        return preview;
    }

    public String getModule() {
        return module;
    }

    public void setModule(String module) {
        this.module = module;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    public String getIn() {
        return in;
    }

    public void setIn(String in) {
        this.in = in;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }
}
