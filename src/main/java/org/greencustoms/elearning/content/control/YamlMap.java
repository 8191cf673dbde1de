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
                problem(tuple.getKeyNode(), "A field name must be plain text", "write 'name: value'");
            } else if (fields.putIfAbsent(key, tuple) != null) {
                problem(tuple.getKeyNode(), "The field '" + key + "' appears twice", "keep one of them");
            }
        }
    }

    /** Parses a YAML document that must be a mapping; {@code lineOffset} is added to reported lines. */
    static Optional<YamlMap> parse(String file, String yaml, int lineOffset, Problems problems) {
        LoadSettings settings = LoadSettings.builder().setLabel(file).setCodePointLimit(5_000_000).build();
        try {
            Optional<Integer> tooDeep = firstLineTooDeep(settings, yaml);
            if (tooDeep.isPresent()) {
                problems.add(file, tooDeep.get() + lineOffset, "The YAML is nested more than " + MAX_DEPTH
                        + " levels deep", "a package needs a few levels; close the brackets or reduce the indentation");
                return Optional.empty();
            }
            Optional<Node> root = new Compose(settings).composeString(yaml);
            if (root.isPresent() && root.get() instanceof MappingNode mapping) {
                return Optional.of(new YamlMap(file, lineOffset, problems, mapping));
            }
            problems.add(file, lineOffset + 1, "The file must be a YAML mapping of 'field: value' lines",
                    "see content/README.md for the fields");
        } catch (MarkedYamlEngineException e) {
            Integer line = e.getProblemMark().map(mark -> mark.getLine() + 1 + lineOffset).orElse(null);
            problems.add(file, line, "YAML syntax error: " + e.getProblem(),
                    "check the indentation, and quote text that contains ': ' or starts with [ { * & ! % @ or `");
        } catch (YamlEngineException e) {
            problems.add(file, null, "YAML error: " + e.getMessage(), "check the file's syntax");
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

    /** Reports every field not in {@code allowed}, suggesting the nearest allowed name. */
    void allowOnly(Set<String> allowed, String where) {
        fields.forEach((key, tuple) -> {
            if (!allowed.contains(key)) {
                String nearest = allowed.stream()
                        .min(Comparator.comparingInt(candidate -> distance(candidate, key))).orElse("");
                String hint = distance(nearest, key) <= 3
                        ? "did you mean '" + nearest + "'?"
                        : "allowed here: " + String.join(", ", allowed.stream().sorted().toList());
                problem(tuple.getKeyNode(), "Unknown field '" + key + "' in " + where, hint);
            }
        });
    }

    Optional<String> string(String key, boolean required) {
        return string(key, required, MAX_TEXT);
    }

    /** Plain text of at most {@code max} characters (the size of its database column). */
    Optional<String> string(String key, boolean required, int max) {
        return scalar(key, required, "text").map(ScalarNode::getValue).map(String::strip)
                .filter(value -> fits(key, value, max));
    }

    Optional<String> stableId(String key, boolean required) {
        Optional<String> id = string(key, required);
        id.ifPresent(value -> checkStableId(value, fields.get(key).getValueNode()));
        return id.filter(value -> STABLE_ID.matcher(value).matches());
    }

    Optional<Integer> integer(String key, boolean required, int min, int max) {
        Optional<ScalarNode> scalar = scalar(key, required, "a whole number");
        if (scalar.isEmpty()) {
            return Optional.empty();
        }
        if (!Tag.INT.equals(scalar.get().getTag())) {
            problem(scalar.get(), "'" + key + "' must be a whole number, not '" + scalar.get().getValue() + "'",
                    "write digits only, such as 3");
            return Optional.empty();
        }
        try {
            int value = Integer.parseInt(scalar.get().getValue());
            if (value < min || value > max) {
                problem(scalar.get(), "'" + key + "' must be between " + min + " and " + max + ", not " + value,
                        "use a whole number from " + min + " to " + max);
                return Optional.empty();
            }
            return Optional.of(value);
        } catch (NumberFormatException e) {
            problem(scalar.get(), "'" + key + "' is too large", "use a number between " + min + " and " + max);
            return Optional.empty();
        }
    }

    Optional<Double> number(String key, boolean required) {
        Optional<ScalarNode> scalar = scalar(key, required, "a number");
        if (scalar.isEmpty()) {
            return Optional.empty();
        }
        Tag tag = scalar.get().getTag();
        if (!Tag.INT.equals(tag) && !Tag.FLOAT.equals(tag)) {
            problem(scalar.get(), "'" + key + "' must be a number, not '" + scalar.get().getValue() + "'",
                    "write it with a decimal point, such as 0.5");
            return Optional.empty();
        }
        try {
            double value = Double.parseDouble(scalar.get().getValue());
            if (!Double.isFinite(value)) {
                problem(scalar.get(), "'" + key + "' must be a finite number", "such as 0.5 or 12");
                return Optional.empty();
            }
            return Optional.of(value);
        } catch (NumberFormatException e) {
            problem(scalar.get(), "'" + key + "' must be a plain decimal number", "such as 0.5 or 12");
            return Optional.empty();
        }
    }

    Optional<Boolean> bool(String key, boolean required) {
        Optional<ScalarNode> scalar = scalar(key, required, "true or false");
        if (scalar.isPresent() && !Tag.BOOL.equals(scalar.get().getTag())) {
            problem(scalar.get(), "'" + key + "' must be true or false, not '" + scalar.get().getValue() + "'",
                    "write true or false, without quotes");
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
                        .allMatch(t -> fits("the " + t.getKey() + " text of '" + key + "'", key, t.getValue(), max)));
    }

    boolean fits(String key, String value, int max) {
        return fits("'" + key + "'", key, value, max);
    }

    private boolean fits(String what, String key, String value, int max) {
        if (value.length() <= max) {
            return true;
        }
        problems.add(file, line(key), Character.toUpperCase(what.charAt(0)) + what.substring(1) + " is "
                + value.length() + " characters long; at most " + max + " are allowed", "shorten it");
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
                    problem(tuple.getKeyNode(), "Unknown language '" + language + "' in '" + what + "'",
                            "use en, fr, es or pt");
                } else if (tuple.getValueNode() instanceof ScalarNode text) {
                    nonBlank(text, what).ifPresent(t -> texts.put(language, t));
                } else {
                    problem(tuple.getValueNode(), "The " + language + " text of '" + what + "' must be plain text",
                            "quote it if it contains ': '");
                }
            }
            if (!texts.containsKey(Languages.DEFAULT)) {
                problem(value, "'" + what + "' has no English (en) text", "English is required; others are optional");
                return Optional.empty();
            }
            return Optional.of(new LocalizedText(texts));
        }
        problem(value, "'" + what + "' must be text or a map of languages to text", "for example: {en: ..., fr: ...}");
        return Optional.empty();
    }

    private Optional<String> nonBlank(ScalarNode scalar, String what) {
        if (scalar.getValue().isBlank()) {
            problem(scalar, "'" + what + "' is empty", "write the text or remove the field");
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
                problem(item, "Each item of '" + key + "' must be a mapping of fields", "see content/README.md");
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
                problem(item, "Each item of '" + key + "' must be plain, non-empty text",
                        "write the items as text, such as [a, b]");
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
                problem(sequence, "'" + key + "' is empty", "list at least one item");
            }
            return sequence.getValue();
        }
        problem(value.get(), "'" + key + "' must be a list", "write each item on its own line starting with '- '");
        return List.of();
    }

    Optional<Node> node(String key, boolean required) {
        NodeTuple tuple = fields.get(key);
        if (tuple == null) {
            if (required) {
                problems.add(file, line(), "The required field '" + key + "' is missing", "add '" + key + ": ...'");
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
        value.ifPresent(v -> problem(v, "'" + key + "' must be a mapping of fields", "see content/README.md"));
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
        problem(at, "'" + value + "' is not a valid id",
                "use lowercase letters, digits and hyphens, starting with a letter or digit, at most 64 characters");
        return false;
    }

    private Optional<ScalarNode> scalar(String key, boolean required, String expected) {
        Optional<Node> value = node(key, required);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.get() instanceof ScalarNode scalar && !Tag.NULL.equals(scalar.getTag())) {
            if (!scalar.getValue().isBlank()) {
                return Optional.of(scalar);
            }
        }
        problem(value.get(), "'" + key + "' must be " + expected, "write " + key + ": followed by " + expected);
        return Optional.empty();
    }

    void problem(Node at, String message, String hint) {
        problems.add(file, lineOf(at), message, hint);
    }

    void problem(String message, String hint) {
        problems.add(file, line(), message, hint);
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
