package org.greencustoms.elearning.catalog.boundary;

import java.util.List;
import org.greencustoms.elearning.catalog.entity.ModuleText;
import org.greencustoms.elearning.catalog.entity.ModuleVersion;

/** A published module as the catalogue lists it. */
public record ModuleSummary(String id, int version, String title, String summary, int minutes, int units,
        int questions, List<String> conventions) {

    static ModuleSummary of(ModuleVersion version, String language) {
        ModuleText text = version.text(language);
        return new ModuleSummary(version.getSlug(), version.getVersion(), text.getTitle(), text.getSummary(),
                version.getMinutes(), version.getUnits().size(), version.getQuiz().getQuestionCount(),
                List.copyOf(version.getConventionCodes()));
    }
}
