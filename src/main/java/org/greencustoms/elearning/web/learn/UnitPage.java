package org.greencustoms.elearning.web.learn;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.greencustoms.elearning.progress.boundary.Reading;
import org.greencustoms.elearning.progress.boundary.UnitReading;
import org.greencustoms.elearning.web.LocaleBean;

/**
 * The unit reader, /learn/unit.xhtml?module=...&amp;unit=... (the unit is optional: then the first not done).
 * View-scoped, so that the unit loaded for the page is still there when its "mark as done" form is posted back.
 */
@Named
@ViewScoped
public class UnitPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Reading reading;

    @Inject
    LocaleBean locale;

    private String module;
    private String unit;
    private UnitReading current;

    public void load() {
        current = reading.read(module, unit, locale.getLanguage());
        unit = current.unitId();
    }

    /** Marks the unit done and moves on to the next one, or back to the module when it was the last. */
    public String markDone() {
        reading.markDone(current.moduleId(), current.unitId());
        String next = current.nextUnit();
        return next == null
                ? "/module?faces-redirect=true&id=" + current.moduleId()
                : "/learn/unit?faces-redirect=true&module=" + current.moduleId() + "&unit=" + next;
    }

    public UnitReading getCurrent() {
        return current;
    }

    public String getModule() {
        return module;
    }

    public void setModule(String module) {
        this.module = module;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }
}
