package org.greencustoms.elearning.catalog.boundary;

import java.util.List;
import org.greencustoms.elearning.catalog.entity.Convention;
import org.greencustoms.elearning.catalog.entity.ConventionText;

/** An agreement with its published modules. */
public record ConventionView(String code, String name, String summary, String secretariat, String website,
        String colour, List<ModuleSummary> modules) {

    static ConventionView of(Convention convention, String language, List<ModuleSummary> modules) {
        ConventionText text = convention.text(language);
        return new ConventionView(convention.getCode(), text.getName(), text.getSummary(),
                convention.getSecretariat(), convention.getWebsite(), convention.getColour(), modules);
    }
}
