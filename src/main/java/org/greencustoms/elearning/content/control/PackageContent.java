package org.greencustoms.elearning.content.control;

import java.util.List;
import java.util.Map;
import org.greencustoms.elearning.assessment.entity.LocalizedText;
import org.greencustoms.elearning.assessment.entity.QuestionDefinition;
import org.greencustoms.elearning.catalog.entity.CompletionRule;
import org.greencustoms.elearning.catalog.entity.GradingMethod;
import org.greencustoms.elearning.catalog.entity.ReviewPolicy;

/** A package that passed validation: everything needed to publish it, nothing yet rendered or stored. */
public record PackageContent(Manifest manifest, List<UnitSource> units, List<QuestionDefinition> questions,
        Map<String, Media> media, String sha256) {

    /** module.yaml. */
    public record Manifest(String id, int version, List<String> conventions, LocalizedText title,
            LocalizedText summary, int minutes, int passMark, int attempts, Integer timeLimitMinutes,
            ReviewPolicy review, GradingMethod grading, CompletionRule completion,
            List<SourceRef> sources) {
    }

    public record SourceRef(String key, String title, String url) {
    }

    /** A unit in reading order, with its Markdown per language (English always present). */
    public record UnitSource(String key, String file, int minutes, List<String> sources,
            Map<String, Translation> translations) {
    }

    public record Translation(String title, String markdown) {
    }

    public record Media(String path, String contentType, byte[] bytes) {
    }

    public double totalPoints() {
        return questions.stream().mapToDouble(QuestionDefinition::points).sum();
    }
}
