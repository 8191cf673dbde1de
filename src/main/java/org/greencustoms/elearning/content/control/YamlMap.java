package org.greencustoms.elearning.content.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.greencustoms.elearning.assessment.entity.LocalizedText;
import org.greencustoms.elearning.platform.Languages;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.CollectionEndEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * A YAML mapping read field by field, reporting every problem (missing, unknown, duplicated or mistyped fields)
 * with its file and line instead of stopping at the first one. The YAML is composed into nodes, never constructed
 * into objects, so that no tag can instantiate anything and every value keeps its line.
 */
final class YamlMap {

    /** The longest single text a package may hold (a prompt, an option, a feedback...). */
    static final int MAX_TEXT = 10_000;
    /** Deeper than any package needs (module.yaml and quiz.yaml use four or five), far from overflowing the stack. */
    static final int MAX_DEPTH = 50;
    private static final Pattern STABLE_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private final String file;
    private final int lineOffset;
    private final Problems problems;
    private final Node node;
    private final Map<String, NodeTuple> fields = new LinkedHashMap<>();

    private YamlMap(String file, int lineOffset, Problems problems, MappingNode node) {
        this.file = file;
        this.lineOffset = lineOffset;
        this.problems = problems;
        this.node = node;
        for (NodeTuple tuple : node.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : null;
            if (key == null) {
                problem(tuple.getKeyNode(), "yaml.keyNotText");
            } else if (fields.putIfAbsent(key, tuple) != null) {
                problem(tuple.getKeyNode(), "yaml.duplicateField", key);
            }
        }
    }

    /** Parses a YAML document that must be a mapping; {@code lineOffset} is added to reported lines. */
    static Optional<YamlMap> parse(String file, String yaml, int lineOffset, Problems problems) {
        LoadSettings settings = LoadSettings.builder().setLabel(file).setCodePointLimit(5_000_000).build();
        try {
            Optional<Integer> tooDeep = firstLineTooDeep(settings, yaml);
            if (tooDeep.isPresent()) {
                problems.add(file, tooDeep.get() + lineOffset, "yaml.tooDeep", MAX_DEPTH);
                return Optional.empty();
            }
            Optional<Node> root = new Compose(settings).composeString(yaml);
            if (root.isPresent() && root.get() instanceof MappingNode mapping) {
                return Optional.of(new YamlMap(file, lineOffset, problems, mapping));
            }
            problems.add(file, lineOffset + 1, "yaml.notMapping");
        } catch (MarkedYamlEngineException e) {
            Integer line = e.getProblemMark().map(mark -> mark.getLine() + 1 + lineOffset).orElse(null);
            problems.add(file, line, "yaml.syntax", e.getProblem());
        } catch (YamlEngineException e) {
            problems.add(file, null, "yaml.error", e.getMessage());
        }
        return Optional.empty();
    }

    /**
     * Composing a document is recursive, so a thousand nested brackets would overflow the stack; the event parser is
     * not, so it measures the depth first.
     */
    private static Optional<Integer> firstLineTooDeep(LoadSettings settings, String yaml) {
        int depth = 0;
        for (Event event : new Parse(settings).parseString(yaml)) {
            if (event instanceof CollectionStartEvent && ++depth > MAX_DEPTH) {
                return Optional.of(event.getStartMark().map(mark -> mark.getLine() + 1).orElse(1));
            }
            if (event instanceof CollectionEndEvent) {
                depth--;
            }
        }
        return Optional.empty();
    }

    String file() {
        return file;
    }

    Problems problems() {
        return problems;
    }

    int line() {
        return lineOf(node);
    }

    int line(String key) {
        NodeTuple tuple = fields.get(key);
        return tuple == null ? line() : lineOf(tuple.getValueNode());
    }

    boolean has(String key) {
        return fields.containsKey(key);
    }

    /**
     * Reports every field not in {@code allowed}, suggesting the nearest allowed name.
     *
     * @param unknownKey the problem that names where the field is, with the allowed fields ({1}) as its hint
     * @param misspeltKey the same problem with the nearest allowed name ({1}) as its hint
     * @param where what both problems say after the field and {1}, such as a question's type
     */
    void allowOnly(Set<String> allowed, String unknownKey, String misspeltKey, Object... where) {
        fields.forEach((key, tuple) -> {
            if (!allowed.contains(key)) {
                String nearest = allowed.stream()
                        .min(Comparator.comparingInt(candidate -> distance(candidate, key))).orElse("");
                boolean near = distance(nearest, key) <= 3;
                List<Object> args = new ArrayList<>(List.of(key,
                        near ? nearest : String.join(", ", allowed.stream().sorted().toList())));
                args.addAll(List.of(where));
                problem(tuple.getKeyNode(), near ? misspeltKey : unknownKey, args.toArray());
            }
        });
    }

    Optional<String> string(String key, boolean required) {
        return string(key, required, MAX_TEXT);
    }

    /** Plain text of at most {@code max} characters (the size of its database column). */
    Optional<String> string(String key, boolean required, int max) {
        return scalar(key, required, "yaml.expectedText").map(ScalarNode::getValue).map(String::strip)
                .filter(value -> fits(key, value, max));
    }

    Optional<String> stableId(String key, boolean required) {
        Optional<String> id = string(key, required);
        id.ifPresent(value -> checkStableId(value, fields.get(key).getValueNode()));
        return id.filter(value -> STABLE_ID.matcher(value).matches());
    }

    Optional<Integer> integer(String key, boolean required, int min, int max) {
        Optional<ScalarNode> scalar = scalar(key, required, "yaml.expectedInteger");
        if (scalar.isEmpty()) {
            return Optional.empty();
        }
        if (!Tag.INT.equals(scalar.get().getTag())) {
            problem(scalar.get(), "yaml.notInteger", key, scalar.get().getValue());
            return Optional.empty();
        }
        try {
            int value = Integer.parseInt(scalar.get().getValue());
            if (value < min || value > max) {
                problem(scalar.get(), "yaml.outOfRange", key, min, max, value);
                return Optional.empty();
            }
            return Optional.of(value);
        } catch (NumberFormatException e) {
            problem(scalar.get(), "yaml.integerTooLarge", key, min, max);
            return Optional.empty();
        }
    }

    Optional<Double> number(String key, boolean required) {
        Optional<ScalarNode> scalar = scalar(key, required, "yaml.expectedNumber");
        if (scalar.isEmpty()) {
            return Optional.empty();
        }
        Tag tag = scalar.get().getTag();
        if (!Tag.INT.equals(tag) && !Tag.FLOAT.equals(tag)) {
            problem(scalar.get(), "yaml.notNumber", key, scalar.get().getValue());
            return Optional.empty();
        }
        try {
            double value = Double.parseDouble(scalar.get().getValue());
            if (!Double.isFinite(value)) {
                problem(scalar.get(), "yaml.notFinite", key);
                return Optional.empty();
            }
            return Optional.of(value);
        } catch (NumberFormatException e) {
            problem(scalar.get(), "yaml.notDecimal", key);
            return Optional.empty();
        }
    }

    Optional<Boolean> bool(String key, boolean required) {
        Optional<ScalarNode> scalar = scalar(key, required, "yaml.expectedBoolean");
        if (scalar.isPresent() && !Tag.BOOL.equals(scalar.get().getTag())) {
            problem(scalar.get(), "yaml.notBoolean", key, scalar.get().getValue());
            return Optional.empty();
        }
        return scalar.map(s -> Boolean.parseBoolean(s.getValue()));
    }

    /** A localised text: a plain string (English) or a map from language to string, with English required. */
    Optional<LocalizedText> text(String key, boolean required) {
        return text(key, required, MAX_TEXT);
    }

    /** A localised text whose every language has at most {@code max} characters. */
    Optional<LocalizedText> text(String key, boolean required, int max) {
        Optional<Node> value = node(key, required);
        return value.flatMap(v -> textOf(v, key))
                .filter(text -> text.values().entrySet().stream()
                        .allMatch(t -> fits(key, t.getValue(), max, "text.tooLong", t.getKey(), key)));
    }

    boolean fits(String key, String value, int max) {
        return fits(key, value, max, "yaml.tooLong", key);
    }

    /** Reports a value over {@code max} as {@code problemKey}, with its length and the maximum after {@code what}. */
    private boolean fits(String key, String value, int max, String problemKey, String... what) {
        if (value.length() <= max) {
            return true;
        }
        List<Object> args = new ArrayList<>(List.of(what));
        args.add(value.length());
        args.add(max);
        problems.add(file, line(key), problemKey, args.toArray());
        return false;
    }

    Optional<LocalizedText> textOf(Node value, String what) {
        if (value instanceof ScalarNode scalar && !Tag.NULL.equals(scalar.getTag())) {
            return nonBlank(scalar, what).map(LocalizedText::english);
        }
        if (value instanceof MappingNode mapping) {
            Map<String, String> texts = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                String language = tuple.getKeyNode() instanceof ScalarNode k ? k.getValue() : "";
                if (!Languages.SUPPORTED.contains(language)) {
                    problem(tuple.getKeyNode(), "yaml.unknownLanguage", language, what);
                } else if (tuple.getValueNode() instanceof ScalarNode text) {
                    nonBlank(text, what).ifPresent(t -> texts.put(language, t));
                } else {
                    problem(tuple.getValueNode(), "yaml.textNotPlain", language, what);
                }
            }
            if (!texts.containsKey(Languages.DEFAULT)) {
                problem(value, "yaml.noEnglish", what);
                return Optional.empty();
            }
            return Optional.of(new LocalizedText(texts));
        }
        problem(value, "yaml.notText", what);
        return Optional.empty();
    }

    private Optional<String> nonBlank(ScalarNode scalar, String what) {
        if (scalar.getValue().isBlank()) {
            problem(scalar, "yaml.emptyText", what);
            return Optional.empty();
        }
        return Optional.of(scalar.getValue().strip());
    }

    /** A list of mappings; items that are not mappings are reported and skipped. */
    List<YamlMap> maps(String key, boolean required) {
        List<YamlMap> maps = new ArrayList<>();
        for (Node item : sequence(key, required)) {
            if (item instanceof MappingNode mapping) {
                maps.add(new YamlMap(file, lineOffset, problems, mapping));
            } else {
                problem(item, "yaml.itemNotMapping", key);
            }
        }
        return maps;
    }

    /** A list of plain strings; a single string is accepted as a list of one. */
    List<String> strings(String key, boolean required) {
        List<String> values = new ArrayList<>();
        Optional<Node> value = node(key, required);
        if (value.isPresent() && value.get() instanceof ScalarNode scalar && !Tag.NULL.equals(scalar.getTag())) {
            values.add(scalar.getValue().strip());
            return values;
        }
        for (Node item : sequence(key, false)) {
            if (item instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
                values.add(scalar.getValue().strip());
            } else {
                problem(item, "yaml.itemNotText", key);
            }
        }
        return values;
    }

    List<Node> sequence(String key, boolean required) {
        Optional<Node> value = node(key, required);
        if (value.isEmpty()) {
            return List.of();
        }
        if (value.get() instanceof SequenceNode sequence) {
            if (required && sequence.getValue().isEmpty()) {
                problem(sequence, "yaml.emptyList", key);
            }
            return sequence.getValue();
        }
        problem(value.get(), "yaml.notList", key);
        return List.of();
    }

    Optional<Node> node(String key, boolean required) {
        NodeTuple tuple = fields.get(key);
        if (tuple == null) {
            if (required) {
                problems.add(file, line(), "yaml.missingField", key);
            }
            return Optional.empty();
        }
        return Optional.of(tuple.getValueNode());
    }

    Optional<YamlMap> map(String key, boolean required) {
        Optional<Node> value = node(key, required);
        if (value.isPresent() && value.get() instanceof MappingNode mapping) {
            return Optional.of(new YamlMap(file, lineOffset, problems, mapping));
        }
        value.ifPresent(v -> problem(v, "yaml.notMap", key));
        return Optional.empty();
    }

    /** The raw fields, for maps keyed by data (such as decisionFeedback). */
    Map<String, Node> entries() {
        Map<String, Node> entries = new LinkedHashMap<>();
        fields.forEach((key, tuple) -> entries.put(key, tuple.getValueNode()));
        return entries;
    }

    boolean checkStableId(String value, Node at) {
        if (STABLE_ID.matcher(value).matches()) {
            return true;
        }
        problem(at, "yaml.invalidId", value);
        return false;
    }

    /** @param expectedKey the problem if the value is not a scalar: one of the {@code yaml.expected*} keys */
    private Optional<ScalarNode> scalar(String key, boolean required, String expectedKey) {
        Optional<Node> value = node(key, required);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.get() instanceof ScalarNode scalar && !Tag.NULL.equals(scalar.getTag())) {
            if (!scalar.getValue().isBlank()) {
                return Optional.of(scalar);
            }
        }
        problem(value.get(), expectedKey, key);
        return Optional.empty();
    }

    void problem(Node at, String key, Object... args) {
        problems.add(file, lineOf(at), key, args);
    }

    void problem(String key, Object... args) {
        problems.add(file, line(), key, args);
    }

    int lineOf(Node at) {
        return at.getStartMark().map(Mark::getLine).orElse(0) + 1 + lineOffset;
    }

    private static int distance(String a, String b) {
        String x = a.toLowerCase();
        String y = b.toLowerCase();
        int[] previous = new int[y.length() + 1];
        int[] current = new int[y.length() + 1];
        for (int j = 0; j <= y.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= x.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= y.length(); j++) {
                int cost = x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[y.length()];
    }
}
