package org.greencustoms.elearning.catalog.boundary;

import java.util.List;

/** The home page's view: modules every learner takes first, then the agreements with their modules. */
public record CatalogOverview(List<ModuleSummary> foundations, List<ConventionView> conventions) {
}
