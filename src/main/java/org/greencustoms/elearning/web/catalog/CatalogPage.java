package org.greencustoms.elearning.web.catalog;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.greencustoms.elearning.catalog.boundary.Catalog;
import org.greencustoms.elearning.catalog.boundary.CatalogOverview;
import org.greencustoms.elearning.web.LocaleBean;

/** The home page: the catalogue by agreement. */
@Named
@RequestScoped
public class CatalogPage {

    @Inject
    Catalog catalog;

    @Inject
    LocaleBean locale;

    private CatalogOverview overview;

    @PostConstruct
    void load() {
        overview = catalog.overview(locale.getLanguage());
    }

    public CatalogOverview getOverview() {
        return overview;
    }

    public boolean isNothingPublished() {
        return overview.foundations().isEmpty()
                && overview.conventions().stream().allMatch(convention -> convention.modules().isEmpty());
    }
}
