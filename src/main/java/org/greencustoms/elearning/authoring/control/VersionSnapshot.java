package org.greencustoms.elearning.authoring.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.greencustoms.elearning.assessment.entity.Question;
import org.greencustoms.elearning.catalog.entity.ModuleVersion;
import org.greencustoms.elearning.catalog.entity.QuizSettings;
import org.greencustoms.elearning.catalog.entity.Unit;

/**
 * A module version reduced to what its change summary compares: for the module, each unit (by unit id) and each
 * question (by question id), its texts by language and, under {@link #NEUTRAL}, what no language carries (minutes,
 * keys, points...). Two parts are the same when these maps are equal.
 */
public record VersionSnapshot(Map<String, String> module, Map<String, Map<String, String>> units,
        Map<String, Map<String, String>> questions) {

    /** The "language" of what is not text: minutes, ids, keys, points, tags. */
    public static final String NEUTRAL = "";

    public static VersionSnapshot of(ModuleVersion version, List<Question> questions) {
        Map<String, String> module = new TreeMap<>();
        version.getTexts().forEach((language, text) -> module.put(language, text.getTitle() + "\n" + text.getSummary()));
        QuizSettings quiz = version.getQuiz();
        module.put(NEUTRAL, List.of(version.getMinutes(), version.getConventionCodes(), quiz.getPassMark(),
                quiz.getMaxAttempts(), String.valueOf(quiz.getTimeLimitMinutes()), quiz.getReviewPolicy(),
                quiz.getGradingMethod(), quiz.getCompletionRule()).toString());
        Map<String, Map<String, String>> units = new TreeMap<>();
        for (Unit unit : version.getUnits()) {
            Map<String, String> parts = new TreeMap<>();
            unit.getTexts().forEach((language, text) -> parts.put(language,
                    text.getTitle() + "\n" + text.getBodyMarkdown()));
            parts.put(NEUTRAL, unit.getMinutes() + " " + unit.getSourceKeys());
            units.put(unit.getKey(), parts);
        }
        Map<String, Map<String, String>> byQuestion = new TreeMap<>();
        questions.forEach(question -> byQuestion.put(question.getKey(), questionParts(question.getDefinitionJson())));
        return new VersionSnapshot(module, units, byQuestion);
    }

    /**
     * Splits a question's definition (as JSON, the way it is stored) into its texts per language and the rest: a
     * localised text is an object holding only {@code values}, a map from language to text.
     */
    public static Map<String, String> questionParts(String definitionJson) {
        Map<String, StringBuilder> parts = new TreeMap<>();
        try (JsonReader reader = Json.createReader(new StringReader(definitionJson))) {
            walk("", reader.readValue(), parts);
        }
        Map<String, String> flat = new TreeMap<>();
        parts.forEach((language, text) -> flat.put(language, text.toString()));
        return flat;
    }

    private static void walk(String path, JsonValue value, Map<String, StringBuilder> parts) {
        if (value instanceof JsonObject object) {
            if (object.size() == 1 && object.get("values") instanceof JsonObject texts) {
                texts.forEach((language, text) -> append(parts, language, path, text));
                return;
            }
            object.forEach((key, child) -> walk(path + "/" + key, child, parts));
        } else if (value instanceof JsonArray array) {
            for (int i = 0; i < array.size(); i++) {
                walk(path + "/" + i, array.get(i), parts);
            }
        } else {
            append(parts, NEUTRAL, path, value);
        }
    }

    private static void append(Map<String, StringBuilder> parts, String language, String path, JsonValue value) {
        parts.computeIfAbsent(language, l -> new StringBuilder()).append(path).append('=').append(value).append('\n');
    }
}
