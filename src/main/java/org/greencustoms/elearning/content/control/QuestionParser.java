package org.greencustoms.elearning.content.control;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.greencustoms.elearning.assessment.entity.CaseDocument;
import org.greencustoms.elearning.assessment.entity.Choice;
import org.greencustoms.elearning.assessment.entity.Decision;
import org.greencustoms.elearning.assessment.entity.LocalizedText;
import org.greencustoms.elearning.assessment.entity.MatchPair;
import org.greencustoms.elearning.assessment.entity.QuestionBody;
import org.greencustoms.elearning.assessment.entity.QuestionDefinition;
import org.greencustoms.elearning.assessment.entity.QuestionType;
import org.greencustoms.elearning.platform.Languages;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** Reads quiz.yaml: the questions of every type, each checked against the rules of its type. */
final class QuestionParser {

    static final Set<String> DOCUMENT_KINDS = Set.of("invoice", "packing-list", "bill-of-lading", "permit",
            "certificate", "movement-document", "declaration", "label", "safety-data-sheet", "photo", "note");
    private static final Set<String> COMMON = Set.of("id", "type", "unit", "points", "prompt", "feedback",
            "explanation", "tags");
    private static final Map<QuestionType, Set<String>> TYPE_FIELDS = Map.of(
            QuestionType.SINGLE, Set.of("options", "answer"),
            QuestionType.MULTIPLE, Set.of("options", "answer"),
            QuestionType.TRUE_FALSE, Set.of("answer", "feedbackTrue", "feedbackFalse"),
            QuestionType.MATCHING, Set.of("pairs", "distractors"),
            QuestionType.SHORT, Set.of("answer"),
            QuestionType.NUMERIC, Set.of("answer", "tolerance", "unitLabel"),
            QuestionType.ORDERING, Set.of("items"),
            QuestionType.INSPECTION, Set.of("caseFile", "decision", "decisionFeedback", "redFlags", "weights"));
    static final int MAX_QUESTIONS = 300;

    private final YamlMap quiz;
    private final Set<String> unitKeys;
    private final MediaCheck media;
    private final boolean unitsKnown;

    QuestionParser(YamlMap quiz, Set<String> unitKeys, MediaCheck media, boolean unitsKnown) {
        this.quiz = quiz;
        this.unitKeys = unitKeys;
        this.media = media;
        this.unitsKnown = unitsKnown;
    }

    List<QuestionDefinition> questions() {
        quiz.allowOnly(Set.of("questions"), "quiz.unknownField", "quiz.misspeltField");
        List<QuestionDefinition> questions = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<YamlMap> entries = quiz.maps("questions", true);
        if (entries.size() > MAX_QUESTIONS) {
            quiz.problem("quiz.tooManyQuestions", entries.size(), MAX_QUESTIONS);
        }
        for (YamlMap question : entries) {
            question(question).ifPresent(q -> {
                if (ids.add(q.id())) {
                    questions.add(q);
                } else {
                    question.problem("question.duplicateId", q.id());
                }
            });
        }
        return questions;
    }

    private Optional<QuestionDefinition> question(YamlMap q) {
        Optional<String> id = q.stableId("id", true);
        Optional<String> typeWord = q.string("type", true);
        Optional<QuestionType> type = typeWord.flatMap(QuestionType::fromKeyword);
        if (typeWord.isPresent() && type.isEmpty()) {
            q.problems().add(q.file(), q.line("type"), "question.unknownType", typeWord.get());
        }
        Set<String> allowed = new HashSet<>(COMMON);
        type.ifPresent(t -> allowed.addAll(TYPE_FIELDS.get(t)));
        if (type.isPresent()) {
            q.allowOnly(allowed, "question.unknownField", "question.misspeltField",
                    typeWord.get());
        }
        Optional<String> unit = q.string("unit", false);
        unit.filter(u -> unitsKnown && !unitKeys.contains(u)).ifPresent(u -> q.problems().add(q.file(),
                q.line("unit"), "question.unknownUnit", u));
        double defaultPoints = type.filter(t -> t == QuestionType.INSPECTION).isPresent() ? 4 : 1;
        double points = q.number("points", false).orElse(defaultPoints);
        report(q, QuestionRules.points(points));
        Optional<LocalizedText> prompt = q.text("prompt", true);
        LocalizedText feedback = q.text("feedback", false).orElse(null);
        LocalizedText explanation = q.text("explanation", false).orElse(null);
        List<String> tags = tags(q);
        Optional<QuestionBody> body = type.flatMap(t -> body(t, q)).filter(b -> report(q, QuestionRules.body(b)));
        if (id.isEmpty() || prompt.isEmpty() || body.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new QuestionDefinition(id.get(), unit.orElse(null), points, prompt.get(), feedback,
                explanation, tags, body.get()));
    }

    private static List<String> tags(YamlMap q) {
        List<String> tags = q.strings("tags", true);
        if (q.has("tags")) {
            report(q, QuestionRules.tags(tags));
        }
        return tags;
    }

    /** Reports each broken rule at the line of the field it names; true if there was none. */
    private static boolean report(YamlMap q, List<QuestionRules.Violation> violations) {
        violations.forEach(v -> q.problems().add(q.file(), v.field() == null ? q.line() : q.line(v.field()),
                v.key(), v.args().toArray()));
        return violations.isEmpty();
    }

    private Optional<QuestionBody> body(QuestionType type, YamlMap q) {
        return switch (type) {
            case SINGLE -> singleChoice(q);
            case MULTIPLE -> multipleChoice(q);
            case TRUE_FALSE -> q.bool("answer", true).map(answer -> new QuestionBody.TrueFalse(answer,
                    q.text("feedbackTrue", false).orElse(null), q.text("feedbackFalse", false).orElse(null)));
            case MATCHING -> matching(q);
            case SHORT -> shortAnswer(q);
            case NUMERIC -> numeric(q);
            case ORDERING -> ordering(q);
            case INSPECTION -> inspection(q);
        };
    }

    private Optional<QuestionBody> singleChoice(YamlMap q) {
        List<YamlMap> options = q.maps("options", true);
        Optional<String> answer = q.string("answer", true);
        List<Choice> choices = choices(options, Set.copyOf(answer.stream().toList()), true);
        if (repeatsAnId(choices)) {
            return Optional.empty();
        }
        if (answer.isPresent() && choices.size() >= 2 && choices.stream().noneMatch(Choice::correct)) {
            keyNamesNoOption(q, answer.get());
            return Optional.empty();
        }
        return answer.map(a -> new QuestionBody.SingleChoice(choices));
    }

    private Optional<QuestionBody> multipleChoice(YamlMap q) {
        List<YamlMap> options = q.maps("options", true);
        List<String> answer = q.strings("answer", true);
        List<Choice> choices = choices(options, Set.copyOf(answer), true);
        boolean keysResolve = !repeatsAnId(choices);
        for (String key : answer) {
            if (choices.stream().noneMatch(c -> c.id().equals(key))) {
                keyNamesNoOption(q, key);
                keysResolve = false;
            }
        }
        return keysResolve && !answer.isEmpty() ? Optional.of(new QuestionBody.MultipleChoice(choices))
                : Optional.empty();
    }

    /** A repeated id is reported where it is read; the rules would only repeat it in other words. */
    private static boolean repeatsAnId(List<Choice> choices) {
        return choices.stream().map(Choice::id).distinct().count() < choices.size();
    }

    private static void keyNamesNoOption(YamlMap q, String key) {
        q.problems().add(q.file(), q.line("answer"), "question.keyNotAnOption", key);
    }

    /** Options (with fractions) or, without, ordering items. */
    private List<Choice> choices(List<YamlMap> items, Set<String> correct, boolean fractions) {
        List<Choice> choices = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (YamlMap item : items) {
            item.allowOnly(fractions ? Set.of("id", "text", "feedback", "fraction") : Set.of("id", "text", "feedback"),
                    fractions ? "option.unknownField" : "item.unknownField",
                    fractions ? "option.misspeltField" : "item.misspeltField");
            Optional<String> id = item.stableId("id", true);
            Optional<LocalizedText> text = item.text("text", true);
            LocalizedText feedback = item.text("feedback", false).orElse(null);
            Double fraction = fractions ? item.number("fraction", false).orElse(null) : null;
            id.filter(i -> !ids.add(i)).ifPresent(i -> item.problem(
                    fractions ? "option.duplicateId" : "item.duplicateId", i));
            if (id.isPresent() && text.isPresent()) {
                choices.add(new Choice(id.get(), text.get(), feedback, correct.contains(id.get()), fraction));
            }
        }
        return choices;
    }

    private Optional<QuestionBody> matching(YamlMap q) {
        List<MatchPair> pairs = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (YamlMap pair : q.maps("pairs", true)) {
            pair.allowOnly(Set.of("id", "left", "right"), "pair.unknownField", "pair.misspeltField");
            Optional<String> id = pair.stableId("id", true);
            Optional<LocalizedText> left = pair.text("left", true);
            Optional<LocalizedText> right = pair.text("right", true);
            id.filter(i -> !ids.add(i)).ifPresent(i -> pair.problem("pair.duplicateId", i));
            if (id.isPresent() && left.isPresent() && right.isPresent()) {
                pairs.add(new MatchPair(id.get(), left.get(), right.get()));
            }
        }
        List<LocalizedText> distractors = new ArrayList<>();
        for (Node node : q.sequence("distractors", false)) {
            q.textOf(node, "distractors").ifPresent(distractors::add);
        }
        return Optional.of(new QuestionBody.Matching(pairs, distractors));
    }

    private static Optional<QuestionBody> shortAnswer(YamlMap q) {
        Optional<Node> answer = q.node("answer", true);
        if (answer.isEmpty()) {
            return Optional.empty();
        }
        Map<String, List<String>> accepted = new LinkedHashMap<>();
        if (answer.get() instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                String language = tuple.getKeyNode() instanceof ScalarNode k ? k.getValue() : "";
                if (!Languages.SUPPORTED.contains(language)) {
                    q.problem(tuple.getKeyNode(), "yaml.unknownLanguage", language, "answer");
                } else {
                    accepted.put(language, answerList(q, tuple.getValueNode()));
                }
            }
        } else {
            accepted.put("en", answerList(q, answer.get()));
        }
        if (accepted.getOrDefault("en", List.of()).isEmpty()) {
            q.problems().add(q.file(), q.line("answer"), "answer.noEnglish");
            return Optional.empty();
        }
        return Optional.of(new QuestionBody.ShortAnswer(accepted));
    }

    private static List<String> answerList(YamlMap q, Node node) {
        List<String> answers = new ArrayList<>();
        if (node instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
            answers.add(scalar.getValue().strip());
        } else if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                if (item instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
                    answers.add(scalar.getValue().strip());
                } else {
                    q.problem(item, "answer.itemNotText");
                }
            }
        } else {
            q.problem(node, "answer.notText");
        }
        return answers;
    }

    private static Optional<QuestionBody> numeric(YamlMap q) {
        Optional<Double> answer = q.number("answer", true);
        double tolerance = q.number("tolerance", false).orElse(0.0);
        report(q, QuestionRules.tolerance(tolerance));
        Optional<LocalizedText> unit = q.text("unitLabel", false, 50);
        return answer.map(a -> new QuestionBody.Numeric(a, Math.max(0, tolerance),
                unit.map(label -> label.in("en")).orElse(null), unit.orElse(null)));
    }

    private Optional<QuestionBody> ordering(YamlMap q) {
        List<YamlMap> items = q.maps("items", true);
        List<Choice> choices = choices(items, Set.of(), false);
        return Optional.of(new QuestionBody.Ordering(choices));
    }

    private Optional<QuestionBody> inspection(YamlMap q) {
        List<CaseDocument> caseFile = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (YamlMap document : q.maps("caseFile", true)) {
            caseDocument(document).ifPresent(d -> {
                if (ids.add(d.id())) {
                    caseFile.add(d);
                } else {
                    document.problem("document.duplicateId", d.id());
                }
            });
        }
        Optional<Decision> decision = PackageParser.keyword(q, "decision", Decision.values(), Decision::keyword);
        if (!q.has("decision")) {
            q.problem("inspection.noDecision");
        }
        Map<String, LocalizedText> decisionFeedback = new LinkedHashMap<>();
        q.map("decisionFeedback", false).ifPresent(map -> map.entries().forEach((word, node) -> {
            if (Decision.fromKeyword(word).isEmpty()) {
                map.problem(node, "inspection.unknownDecision", word);
            } else {
                map.textOf(node, "decisionFeedback." + word).ifPresent(text -> decisionFeedback.put(word, text));
            }
        }));
        List<YamlMap> flagItems = q.maps("redFlags", true);
        Set<String> flagged = new LinkedHashSet<>();
        for (YamlMap flag : flagItems) {
            if (!flag.has("flag")) {
                flag.problem("redFlag.noFlag");
            }
            flag.bool("flag", false).filter(Boolean::booleanValue)
                    .flatMap(unused -> flag.string("id", false)).ifPresent(flagged::add);
        }
        List<Choice> redFlags = new ArrayList<>();
        Set<String> flagIds = new HashSet<>();
        for (YamlMap flag : flagItems) {
            flag.allowOnly(Set.of("id", "text", "flag", "feedback"), "redFlag.unknownField", "redFlag.misspeltField");
            Optional<String> id = flag.stableId("id", true);
            Optional<LocalizedText> text = flag.text("text", true);
            id.filter(i -> !flagIds.add(i)).ifPresent(i -> flag.problem("redFlag.duplicateId", i));
            if (id.isPresent() && text.isPresent()) {
                redFlags.add(new Choice(id.get(), text.get(), flag.text("feedback", false).orElse(null),
                        flagged.contains(id.get()), null));
            }
        }
        double decisionWeight = weights(q);
        if (caseFile.isEmpty() || decision.isEmpty() || redFlags.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new QuestionBody.Inspection(caseFile, decision.get(), decisionFeedback, redFlags,
                decisionWeight));
    }

    private static double weights(YamlMap q) {
        Optional<YamlMap> weights = q.map("weights", false);
        if (weights.isEmpty()) {
            return 0.5;
        }
        weights.get().allowOnly(Set.of("decision", "redFlags"), "weights.unknownField", "weights.misspeltField");
        double decision = weights.get().number("decision", true).orElse(0.5);
        double redFlags = weights.get().number("redFlags", true).orElse(0.5);
        if (decision < 0 || redFlags < 0 || Math.abs(decision + redFlags - 1) > 0.001) {
            weights.get().problem("weights.badSum", decision + redFlags);
            return 0.5;
        }
        return decision;
    }

    private Optional<CaseDocument> caseDocument(YamlMap document) {
        document.allowOnly(Set.of("id", "kind", "title", "fields", "note", "image"), "document.unknownField",
                "document.misspeltField");
        Optional<String> id = document.stableId("id", true);
        Optional<String> kind = document.string("kind", true);
        kind.filter(k -> !DOCUMENT_KINDS.contains(k)).ifPresent(k -> document.problems().add(document.file(),
                document.line("kind"), "document.unknownKind", k,
                String.join(", ", DOCUMENT_KINDS.stream().sorted().toList())));
        Optional<LocalizedText> title = document.text("title", true);
        List<CaseDocument.Field> fields = new ArrayList<>();
        for (YamlMap field : document.maps("fields", false)) {
            field.allowOnly(Set.of("label", "value"), "documentField.unknownField", "documentField.misspeltField");
            Optional<LocalizedText> label = field.text("label", true);
            Optional<LocalizedText> value = field.text("value", true);
            if (label.isPresent() && value.isPresent()) {
                fields.add(new CaseDocument.Field(label.get(), value.get()));
            }
        }
        LocalizedText note = document.text("note", false).orElse(null);
        Optional<String> image = document.string("image", false);
        Optional<String> imagePath = image.flatMap(i -> media.checkReference(document.file(), document.line("image"), i,
                ""));
        if (fields.isEmpty() && note == null && image.isEmpty()) {
            document.problem("document.empty");
        }
        if (id.isEmpty() || kind.isEmpty() || title.isEmpty() || (image.isPresent() && imagePath.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new CaseDocument(id.get(), kind.get(), title.get(), fields, note, imagePath.orElse(null)));
    }
}
