package org.greencustoms.elearning.catalog.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.greencustoms.elearning.catalog.entity.Convention;
import org.greencustoms.elearning.catalog.entity.ModuleText;
import org.greencustoms.elearning.catalog.entity.ModuleVersion;
import org.greencustoms.elearning.catalog.entity.QuizSettings;
import org.greencustoms.elearning.catalog.entity.Unit;

/** The outline of a published module: its units and the rules of its quiz. */
public record ModuleOutline(String id, int version, String title, String summary, int minutes,
        List<ConventionRef> conventions, List<UnitOutline> units, QuizSummary quiz, List<SourceView> sources,
        Instant publishedAt) {

    public record UnitOutline(String id, String title, int minutes) {
    }

    public record ConventionRef(String code, String name, String colour) {
    }

    /** {@code maxAttempts} 0 means unlimited; {@code timeLimitMinutes} null means none. */
    public record QuizSummary(int questions, double points, int passMark, int maxAttempts, Integer timeLimitMinutes) {
    }

    public record SourceView(String id, String title, String url) {
    }

    static ModuleOutline of(ModuleVersion version, String language, Map<String, Convention> conventions) {
        ModuleText text = version.text(language);
        QuizSettings quiz = version.getQuiz();
        List<UnitOutline> units = version.getUnits().stream()
                .map((Unit unit) -> new UnitOutline(unit.getKey(), unit.text(language).getTitle(), unit.getMinutes()))
                .toList();
        List<SourceView> sources = version.getSources().stream()
                .map(source -> new SourceView(source.getKey(), source.getTitle(), source.getUrl()))
                .toList();
        return new ModuleOutline(version.getSlug(), version.getVersion(), text.getTitle(), text.getSummary(),
                version.getMinutes(), version.getConventionCodes().stream()
                        .map(conventions::get)
                        .map(c -> new ConventionRef(c.getCode(), c.text(language).getName(), c.getColour()))
                        .toList(),
                units,
                new QuizSummary(quiz.getQuestionCount(), quiz.getTotalPoints(), quiz.getPassMark(),
                        quiz.getMaxAttempts(), quiz.getTimeLimitMinutes()),
                sources, version.getPublishedAt());
    }
}
