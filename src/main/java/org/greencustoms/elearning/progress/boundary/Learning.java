package org.greencustoms.elearning.progress.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.greencustoms.elearning.catalog.boundary.Catalog;
import org.greencustoms.elearning.people.boundary.Scope;
import org.greencustoms.elearning.progress.control.ProgressQueries;

/** "My learning": the modules the signed-in learner has started, most recent first, with their progress and grade. */
@Stateless
@RolesAllowed("LEARNER")
public class Learning {

    @Inject
    Scope scope;

    @Inject
    Catalog catalog;

    @Inject
    ProgressQueries progress;

    public List<ModuleProgress> modulesOf(String language) {
        return progress.modulesOf(scope.caller(), language);
    }

    /** Where the signed-in learner stands in a module's published version (certificate not looked up). */
    public ModuleProgress moduleOf(String moduleId, String language) {
        return progress.moduleOf(scope.caller(), catalog.getPublishedVersion(moduleId), language);
    }
}
