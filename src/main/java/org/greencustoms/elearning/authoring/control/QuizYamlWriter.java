package org.greencustoms.elearning.authoring.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.greencustoms.elearning.assessment.entity.CaseDocument;
import org.greencustoms.elearning.assessment.entity.Choice;
import org.greencustoms.elearning.assessment.entity.LocalizedText;
import org.greencustoms.elearning.assessment.entity.MatchPair;
import org.greencustoms.elearning.assessment.entity.QuestionBody;
import org.greencustoms.elearning.assessment.entity.QuestionDefinition;
import org.greencustoms.elearning.assessment.entity.QuestionType;
import org.greencustoms.elearning.platform.Languages;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/**
 * Writes a quiz as the quiz.yaml a package holds (content/README.md), so that a package with imported questions can
 * be downloaded and imported again. SnakeYAML's emitter writes it, with the schema the package reader resolves
 * scalars with: whether a text must be quoted (a prompt "true", "60", "null", one with ': ' or a leading '*') is then
 * decided by the same rules that will read it back, which hand-written quoting could only imitate.
 */
public final class QuizYamlWriter {

    private static final DumpSettings SETTINGS = DumpSettings.builder()
            .setSchema(LoadSettings.builder().build().getSchema())
            .setDefaultFlowStyle(FlowStyle.BLOCK)
            .setIndent(2)
            .setIndicatorIndent(2)
            .setIndentWithIndicator(true)
            .setWidth(120)
            .build();

    private QuizYamlWriter() {
    }

    public static String write(List<QuestionDefinition> questions) {
        return new Dump(SETTINGS).dumpToString(Map.of("questions", questions.stream().map(QuizYamlWriter::question)
                .toList()));
    }

    private static Map<String, Object> question(QuestionDefinition question) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", question.id());
        fields.put("type", question.type().keyword());
        putIfPresent(fields, "unit", question.unit());
        double defaultPoints = question.type() == QuestionType.INSPECTION ? 4 : 1;
        if (question.points() != defaultPoints) {
            fields.put("points", number(question.points()));
        }
        fields.put("prompt", text(question.prompt()));
        putIfPresent(fields, "feedback", text(question.feedback()));
        putIfPresent(fields, "explanation", text(question.explanation()));
        fields.put("tags", question.tags());
        body(question.body(), fields);
        return fields;
    }

    private static void body(QuestionBody body, Map<String, Object> fields) {
        if (body instanceof QuestionBody.SingleChoice single) {
            fields.put("options", single.options().stream().map(QuizYamlWriter::option).toList());
            fields.put("answer", single.options().stream().filter(Choice::correct).map(Choice::id).findFirst()
                    .orElse(null));
        } else if (body instanceof QuestionBody.MultipleChoice multiple) {
            fields.put("options", multiple.options().stream().map(QuizYamlWriter::option).toList());
            fields.put("answer", multiple.options().stream().filter(Choice::correct).map(Choice::id).toList());
        } else if (body instanceof QuestionBody.TrueFalse trueFalse) {
            fields.put("answer", trueFalse.answer());
            putIfPresent(fields, "feedbackTrue", text(trueFalse.feedbackTrue()));
            putIfPresent(fields, "feedbackFalse", text(trueFalse.feedbackFalse()));
        } else if (body instanceof QuestionBody.Matching matching) {
            fields.put("pairs", matching.pairs().stream().map(QuizYamlWriter::pair).toList());
            if (!matching.distractors().isEmpty()) {
                fields.put("distractors", matching.distractors().stream().map(QuizYamlWriter::text).toList());
            }
        } else if (body instanceof QuestionBody.ShortAnswer shortAnswer) {
            fields.put("answer", accepted(shortAnswer.accepted()));
        } else if (body instanceof QuestionBody.Numeric numeric) {
            numeric(numeric, fields);
        } else if (body instanceof QuestionBody.Ordering ordering) {
            fields.put("items", ordering.items().stream().map(QuizYamlWriter::option).toList());
        } else if (body instanceof QuestionBody.Inspection inspection) {
            inspection(inspection, fields);
        }
    }

    /** A unit stored before units were translatable (unit without unitLabel) is written as its English label. */
    private static void numeric(QuestionBody.Numeric numeric, Map<String, Object> fields) {
        fields.put("answer", number(numeric.answer()));
        if (numeric.tolerance() != 0) {
            fields.put("tolerance", number(numeric.tolerance()));
        }
        LocalizedText unit = numeric.unitLabel() != null ? numeric.unitLabel()
                : numeric.unit() != null ? LocalizedText.english(numeric.unit()) : null;
        putIfPresent(fields, "unitLabel", text(unit));
    }

    private static void inspection(QuestionBody.Inspection inspection, Map<String, Object> fields) {
        fields.put("caseFile", inspection.caseFile().stream().map(QuizYamlWriter::document).toList());
        fields.put("decision", inspection.decision().keyword());
        if (!inspection.decisionFeedback().isEmpty()) {
            Map<String, Object> feedback = new LinkedHashMap<>();
            inspection.decisionFeedback().forEach((decision, text) -> feedback.put(decision, text(text)));
            fields.put("decisionFeedback", feedback);
        }
        fields.put("redFlags", inspection.redFlags().stream().map(flag -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", flag.id());
            item.put("text", text(flag.text()));
            item.put("flag", flag.correct());
            putIfPresent(item, "feedback", text(flag.feedback()));
            return item;
        }).toList());
        if (inspection.decisionWeight() != 0.5) {
            Map<String, Object> weights = new LinkedHashMap<>();
            weights.put("decision", number(inspection.decisionWeight()));
            weights.put("redFlags", number(1 - inspection.decisionWeight()));
            fields.put("weights", weights);
        }
    }

    private static Map<String, Object> document(CaseDocument document) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", document.id());
        fields.put("kind", document.kind());
        fields.put("title", text(document.title()));
        if (!document.fields().isEmpty()) {
            fields.put("fields", document.fields().stream().map(field -> {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("label", text(field.label()));
                item.put("value", text(field.value()));
                return item;
            }).toList());
        }
        putIfPresent(fields, "note", text(document.note()));
        putIfPresent(fields, "image", document.image());
        return fields;
    }

    private static Map<String, Object> option(Choice choice) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", choice.id());
        fields.put("text", text(choice.text()));
        putIfPresent(fields, "feedback", text(choice.feedback()));
        if (choice.fraction() != null) {
            fields.put("fraction", number(choice.fraction()));
        }
        return fields;
    }

    private static Map<String, Object> pair(MatchPair pair) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", pair.id());
        fields.put("left", text(pair.left()));
        fields.put("right", text(pair.right()));
        return fields;
    }

    /** English alone as a plain string, else a map in the platform's order of languages. */
    private static Object text(LocalizedText text) {
        if (text == null) {
            return null;
        }
        if (text.values().keySet().equals(Set.of(Languages.DEFAULT))) {
            return text.values().get(Languages.DEFAULT);
        }
        Map<String, Object> languages = new LinkedHashMap<>();
        Languages.SUPPORTED.stream().filter(text.values()::containsKey)
                .forEach(language -> languages.put(language, text.values().get(language)));
        return languages;
    }

    private static Object accepted(Map<String, List<String>> accepted) {
        if (accepted.keySet().equals(Set.of(Languages.DEFAULT))) {
            return accepted.get(Languages.DEFAULT);
        }
        Map<String, Object> languages = new LinkedHashMap<>();
        Languages.SUPPORTED.stream().filter(accepted::containsKey)
                .forEach(language -> languages.put(language, accepted.get(language)));
        return languages;
    }

    /** Whole numbers without a decimal point, as authors write them. */
    private static Object number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return (long) value;
        }
        return value;
    }

    private static void putIfPresent(Map<String, Object> fields, String key, Object value) {
        if (value != null) {
            fields.put(key, value);
        }
    }
}
