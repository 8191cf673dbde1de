package org.greencustoms.elearning.web.catalog;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.greencustoms.elearning.catalog.boundary.Catalog;
import org.greencustoms.elearning.catalog.boundary.ModuleOutline;
import org.greencustoms.elearning.web.LocaleBean;

/** A module's outline page, /module.xhtml?id=...; an unknown id answers 404 with a short explanation. */
@Named
@RequestScoped
public class ModulePage {

    @Inject
    Catalog catalog;

    @Inject
    LocaleBean locale;

    private String id;
    private ModuleOutline outline;

    /** Runs as the page's view action, after the id parameter is set. */
    public void load() {
        outline = id == null ? null : catalog.module(id, locale.getLanguage()).orElse(null);
        if (outline == null) {
            // The page shows its "not found" text; the status tells browsers and crawlers the same.
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public ModuleOutline getOutline() {
        return outline;
    }

}
