package org.greencustoms.elearning.authoring.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.greencustoms.elearning.assessment.entity.Choice;
import org.greencustoms.elearning.assessment.entity.LocalizedText;
import org.greencustoms.elearning.assessment.entity.QuestionBody;
import org.greencustoms.elearning.assessment.entity.QuestionDefinition;
import org.greencustoms.elearning.assessment.entity.QuestionType;
import org.greencustoms.elearning.content.control.PackageFiles;
import org.greencustoms.elearning.content.control.PackageParser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("QuizYamlWriter writes quiz.yaml that the package reader reads back unchanged")
class QuizYamlWriterTest {

    @TempDir
    Path temp;

    static Stream<Path> packages() throws IOException {
        return Stream.concat(Files.list(Path.of("content")).filter(Files::isDirectory).sorted(),
                Stream.of(Path.of("src/test/resources/packages/e-waste-complete")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("packages")
    @DisplayName("every bundled module's quiz: parse, write, parse gives equal questions")
    void roundTripsEveryBundledQuiz(Path module) throws IOException {
        List<QuestionDefinition> questions = new PackageParser().parse(PackageFiles.fromFolder(module)).questions();

        List<QuestionDefinition> again = reparse(module, QuizYamlWriter.write(questions));

        assertThat(questions).isNotEmpty();
        assertThat(again).isEqualTo(questions);
    }

    @Test
    @DisplayName("the bundled quizzes hold every type, so the round trip covers them all")
    void bundledQuizzesHoldEveryType() throws IOException {
        List<QuestionType> types;
        try (Stream<Path> modules = packages()) {
            types = modules.flatMap(module -> new PackageParser().parse(PackageFiles.fromFolder(module))
                    .questions().stream()).map(QuestionDefinition::type).distinct().toList();
        }
        assertThat(types).containsExactlyInAnyOrder(QuestionType.values());
    }

    @Test
    @DisplayName("texts YAML would take for something else are quoted; fractions, points and units survive")
    void quotesWhatYamlWouldMisread() throws IOException {
        Path module = Path.of("content", "montreal-ozone");
        List<QuestionDefinition> questions = List.of(
                new QuestionDefinition("tricky", null, 2.5, LocalizedText.english("true"),
                        LocalizedText.english("null"), LocalizedText.english("a: b # not a comment\n\nsecond line"),
                        List.of("topic:imported"), new QuestionBody.MultipleChoice(List.of(
                                new Choice("a", LocalizedText.english("60"), null, true, 0.5),
                                new Choice("b", LocalizedText.english("*star"), null, true, 0.5),
                                new Choice("c", new LocalizedText(Map.of("en", "- dash", "fr", "'quote'")),
                                        LocalizedText.english("[not a list]"), false, -1.0)))),
                new QuestionDefinition("units", null, 1, LocalizedText.english("How far?"), null, null,
                        List.of("topic:imported"), new QuestionBody.Numeric(0.001, 0.0005, "km",
                                LocalizedText.english("km"))));

        String yaml = QuizYamlWriter.write(questions);

        assertThat(reparse(module, yaml)).isEqualTo(questions);
        assertThat(yaml).contains("points: 2.5").contains("fraction: -1");
    }

    private List<QuestionDefinition> reparse(Path module, String quiz) throws IOException {
        Path copy = temp.resolve(module.getFileName());
        try (Stream<Path> files = Files.walk(module)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = copy.resolve(module.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        Files.writeString(copy.resolve("quiz.yaml"), quiz, StandardCharsets.UTF_8);
        return new PackageParser().parse(PackageFiles.fromFolder(copy)).questions();
    }
}
