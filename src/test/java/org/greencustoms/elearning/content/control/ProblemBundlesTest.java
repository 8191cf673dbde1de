package org.greencustoms.elearning.content.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The bundles of package problems")
class ProblemBundlesTest {

    /** The content feature, and the question banks authoring imports, which report package problems too. */
    private static final List<Path> PROBLEM_SOURCES = List.of(
            Path.of("src/main/java/org/greencustoms/elearning/content"),
            Path.of("src/main/java/org/greencustoms/elearning/authoring/control"));
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    /** A string literal shaped like a key: {@code area.name}, as every problem key is written in the code. */
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9]*\\.[a-z][A-Za-z0-9]*)\"");

    @ParameterizedTest
    @ValueSource(strings = {"fr", "es", "pt"})
    void haveTheEnglishKeysWithTheSamePlaceholders(String language) throws IOException {
        Properties english = load("problems.properties");
        Properties translated = load("problems_" + language + ".properties");

        assertThat(translated.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        english.stringPropertyNames().forEach(key -> assertThat(placeholders(translated.getProperty(key)))
                .as("placeholders of %s in %s", key, language)
                .isEqualTo(placeholders(english.getProperty(key))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_fr", "_es", "_pt"})
    void formatEveryPatternWithoutLosingAQuoteOrAnArgument(String suffix) throws IOException {
        Properties bundle = load("problems" + suffix + ".properties");

        bundle.stringPropertyNames().forEach(key -> {
            String pattern = bundle.getProperty(key);
            assertThat(pattern).as(key).isNotBlank();
            assertThat(pattern.replace("''", "").replace("'{'", "").replace("'}'", ""))
                    .as("%s has a lone quote, which MessageFormat would swallow with what follows", key)
                    .doesNotContain("'");
            String[] args = PLACEHOLDER.matcher(pattern).results().map(m -> "<" + m.group(1) + ">").distinct()
                    .toArray(String[]::new);
            String expected = PLACEHOLDER.matcher(pattern.replace("''", "'").replace("'{'", "{").replace("'}'", "}"))
                    .replaceAll("<$1>");
            assertThat(new MessageFormat(pattern, Locale.ROOT).format(maxArgs(args))).as(key).isEqualTo(expected);
        });
    }

    @Test
    void holdEveryKeyTheCodeUsesAndNoOther() throws IOException {
        Properties english = load("problems.properties");
        Set<String> messages = new TreeSet<>(english.stringPropertyNames());
        messages.removeIf(key -> key.endsWith(".hint"));
        Set<String> interfaceKeys = loadInterfaceKeys();

        Set<String> used = new TreeSet<>();
        for (Path root : PROBLEM_SOURCES) {
            try (Stream<Path> sources = Files.walk(root)) {
                for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher matcher = KEY_LITERAL.matcher(Files.readString(source));
                    while (matcher.find()) {
                        String literal = matcher.group(1);
                        if (!literal.matches(".*\\.(yaml|md)") && !interfaceKeys.contains(literal)) {
                            used.add(literal);
                        }
                    }
                }
            }
        }

        assertThat(used).as("keys the content code uses").hasSizeGreaterThan(100);
        assertThat(messages).containsExactlyInAnyOrderElementsOf(used);
    }

    @Test
    void renderAProblemInFrenchWithItsHint() {
        Problem problem = Problem.of("module.yaml", 11, "module.misspeltField", "pasMark", "passMark");

        assertThat(problem.message(Locale.FRENCH)).isEqualTo("Champ inconnu « pasMark » dans module.yaml");
        assertThat(problem.hint(Locale.FRENCH)).isEqualTo("vouliez-vous dire « passMark » ?");
        assertThat(problem.in(Locale.forLanguageTag("fr-CA"))).isEqualTo(new Problem.Localized("module.yaml", 11,
                "module.misspeltField", List.of("pasMark", "passMark"), "Champ inconnu « pasMark » dans module.yaml",
                "vouliez-vous dire « passMark » ?"));
    }

    @Test
    void keepEnglishForLogsAndForLanguagesThePlatformDoesNotSpeak() {
        Problem problem = Problem.of("units/01-intro.md", 3, "unit.tooLong", 200_001, 200_000);

        assertThat(problem).hasToString(
                "units/01-intro.md:3: The unit is 200001 characters long; at most 200000 are allowed"
                        + " (split it into several units)");
        assertThat(problem.message(Locale.GERMAN)).isEqualTo(problem.message(Locale.ENGLISH));
        assertThat(problem.message(Locale.forLanguageTag("pt-BR")))
                .isEqualTo("A unidade tem 200001 caracteres; são permitidos no máximo 200000");
    }

    private static Object[] maxArgs(String[] used) {
        int highest = Stream.of(used).mapToInt(a -> Integer.parseInt(a.substring(1, a.length() - 1))).max()
                .orElse(-1);
        Object[] args = new Object[highest + 1];
        for (int i = 0; i <= highest; i++) {
            args[i] = "<" + i + ">";
        }
        return args;
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        PLACEHOLDER.matcher(pattern).results().forEach(m -> found.add(m.group()));
        return found;
    }

    private static Set<String> loadInterfaceKeys() throws IOException {
        Properties messages = new Properties();
        try (InputStream in = ProblemBundlesTest.class.getResourceAsStream(
                "/org/greencustoms/elearning/web/messages.properties")) {
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return messages.stringPropertyNames();
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ProblemBundlesTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
