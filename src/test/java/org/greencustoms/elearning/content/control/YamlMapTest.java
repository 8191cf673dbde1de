package org.greencustoms.elearning.content.control;

import static java.util.Locale.ENGLISH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.greencustoms.elearning.assessment.entity.LocalizedText;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("YamlMap")
class YamlMapTest {

    private final Problems problems = new Problems();

    private YamlMap parse(String yaml) {
        return YamlMap.parse("f.yaml", yaml, 0, problems).orElseThrow();
    }

    @Test
    void addsTheLineOffsetToReportedLines() {
        YamlMap yaml = YamlMap.parse("u.md", "id: a\nminutes: ten\n", 1, problems).orElseThrow();

        assertThat(yaml.integer("minutes", true, 1, 600)).isEmpty();

        assertThat(problems.sorted()).singleElement()
                .satisfies(TestPackage.problem("u.md", 3, "'minutes' must be a whole number, not 'ten'"));
    }

    @Test
    void reportsEveryDuplicateKeyAndKeepsTheFirstValue() {
        YamlMap yaml = parse("id: first\ntitle: T\nid: second\nid: third\n");

        assertThat(yaml.string("id", true)).contains("first");
        assertThat(problems.sorted()).extracting(Problem::line, p -> p.message(ENGLISH)).containsExactly(
                tuple(3, "The field 'id' appears twice"),
                tuple(4, "The field 'id' appears twice"));
    }

    @Test
    void suggestsTheNearestAllowedField() {
        parse("titel: x\nsumary: y\n").allowOnly(Set.of("title", "summary"), "module.unknownField", "module.misspeltField");

        assertThat(problems.sorted()).extracting(p -> p.hint(ENGLISH))
                .containsExactly("did you mean 'title'?", "did you mean 'summary'?");
    }

    @Test
    void readsTypedScalars() {
        YamlMap yaml = parse("n: 12\nx: 0.5\nb: false\ns: '  padded  '\nlist: [a, b]\none: a\n");

        assertThat(yaml.integer("n", true, 0, 100)).contains(12);
        assertThat(yaml.number("x", true)).contains(0.5);
        assertThat(yaml.number("n", true)).contains(12.0);
        assertThat(yaml.bool("b", true)).contains(false);
        assertThat(yaml.string("s", true)).contains("padded");
        assertThat(yaml.strings("list", true)).containsExactly("a", "b");
        assertThat(yaml.strings("one", true)).containsExactly("a");
        assertThat(yaml.string("absent", false)).isEmpty();
        assertThat(problems.isEmpty()).isTrue();
    }

    @Test
    void reportsMistypedValues() {
        YamlMap yaml = parse("n: 1.5\nx: half\nb: 'true'\nlist: {a: 1}\ns: []\n");

        assertThat(yaml.integer("n", true, 0, 100)).isEmpty();
        assertThat(yaml.number("x", true)).isEmpty();
        assertThat(yaml.bool("b", true)).isEmpty();
        assertThat(yaml.strings("list", true)).isEmpty();
        assertThat(yaml.string("s", true)).isEmpty();

        assertThat(problems.sorted()).extracting(Problem::line).containsExactly(1, 2, 3, 4, 5);
        assertThat(problems.sorted()).allSatisfy(p -> assertThat(p.hint(ENGLISH)).as("hint of %s", p).isNotBlank());
    }

    @Test
    void readsLocalisedText() {
        YamlMap yaml = parse("a: Plain\nb: {en: English, fr: Français}\nc: {en: English, de: Deutsch}\n");

        assertThat(yaml.text("a", true)).contains(LocalizedText.english("Plain"));
        assertThat(yaml.text("b", true)).map(t -> t.in("fr")).contains("Français");
        assertThat(yaml.text("c", true)).map(t -> t.in("de")).contains("English");

        assertThat(problems.sorted()).singleElement()
                .satisfies(TestPackage.problem("f.yaml", 3, "Unknown language 'de' in 'c'"));
    }

    @Test
    void refusesEmptyText() {
        assertThat(parse("a: '   '\n").text("a", true)).isEmpty();

        assertThat(problems.sorted()).singleElement().satisfies(TestPackage.problem("f.yaml", 1, "'a' is empty"));
    }

    @Test
    void doesNotConstructTaggedObjects() {
        Optional<YamlMap> yaml = YamlMap.parse("f.yaml", "x: !!java.io.File /etc/passwd\n", 0, problems);

        assertThat(yaml).isPresent();
        assertThat(yaml.get().string("x", true)).contains("/etc/passwd");
    }

    @Test
    void reportsASyntaxErrorWithItsLine() {
        assertThat(YamlMap.parse("f.yaml", "a: 1\nb: [unclosed\nc: 3\n", 10, problems)).isEmpty();

        assertThat(problems.sorted()).singleElement().satisfies(p -> {
            assertThat(p.message(ENGLISH)).startsWith("YAML syntax error");
            assertThat(p.line()).isGreaterThan(10);
        });
    }

    @Test
    void reportsNestingTooDeepWithItsLineInsteadOfOverflowingTheStack() {
        String flow = "a: 1\nb: " + "[".repeat(1_000) + "]".repeat(1_000) + "\n";
        String block = "a: 1\n" + IntStream.range(0, 1_000).mapToObj(i -> " ".repeat(i) + "k" + i + ":")
                .collect(Collectors.joining("\n")) + " x\n";

        for (String yaml : List.of(flow, block)) {
            Problems found = new Problems();
            assertThat(YamlMap.parse("quiz.yaml", yaml, 0, found)).isEmpty();
            assertThat(found.sorted()).singleElement().satisfies(p -> {
                assertThat(p.message(ENGLISH)).contains("nested more than " + YamlMap.MAX_DEPTH + " levels deep");
                assertThat(p.line()).isBetween(2, 60);
            });
        }
    }

    @Test
    void acceptsNestingAsDeepAsTheLimit() {
        String yaml = "a: " + "[".repeat(YamlMap.MAX_DEPTH - 1) + "]".repeat(YamlMap.MAX_DEPTH - 1) + "\n";

        assertThat(YamlMap.parse("quiz.yaml", yaml, 0, problems)).isPresent();
        assertThat(problems.isEmpty()).isTrue();
    }

    @Test
    void reportsAnEmptyDocument() {
        assertThat(YamlMap.parse("quiz.yaml", "", 0, problems)).isEmpty();

        assertThat(problems.sorted()).singleElement()
                .satisfies(TestPackage.problem("quiz.yaml", 1, "The file must be a YAML mapping"));
    }
}
