package org.greencustoms.elearning.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.greencustoms.elearning.assessment.entity.QuestionDefinition;
import org.greencustoms.elearning.assessment.entity.QuestionType;
import org.greencustoms.elearning.content.control.InvalidPackageException;
import org.greencustoms.elearning.content.control.PackageContent;
import org.greencustoms.elearning.content.control.PackageFiles;
import org.greencustoms.elearning.content.control.PackageParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bundled course (content/) goes through the real validator, and each module meets the course's bar: at least
 * 4 units each naming its sources, 12 questions, 2 inspection cases, and every question tagged with the rule
 * (annex, appendix, schedule, article or HS code) it tests, so a rule change can be traced to its questions.
 * {@code -Dcontent.modules=a,b} checks only those folders (for authors at work on one module).
 */
class BundledContentTest {

    static final Path CONTENT = Path.of("content");
    static final String CORE = "green-customs-core";
    static final Set<String> RULE_TAGS = Set.of("annex", "appendix", "schedule", "article", "hs");

    static Stream<Path> packages() throws IOException {
        Set<String> only = Arrays.stream(System.getProperty("content.modules", "").split(","))
                .map(String::strip).filter(name -> !name.isEmpty()).collect(Collectors.toSet());
        try (Stream<Path> folders = Files.list(CONTENT)) {
            return folders.filter(Files::isDirectory)
                    .filter(folder -> only.isEmpty() || only.contains(folder.getFileName().toString()))
                    .sorted().toList().stream();
        }
    }

    static PackageContent parse(Path folder) {
        try {
            return new PackageParser().parse(PackageFiles.fromFolder(folder));
        } catch (InvalidPackageException e) {
            return fail(e.problems().size() + " problem(s) in " + folder + ":\n"
                    + e.problems().stream().map(Object::toString).collect(Collectors.joining("\n")));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("packages")
    void isValidAndCompleteEnoughToTeach(Path folder) {
        PackageContent module = parse(folder);

        assertThat(module.units()).as("units").hasSizeGreaterThanOrEqualTo(4);
        assertThat(module.units()).as("units without sources")
                .filteredOn(unit -> unit.sources().isEmpty()).isEmpty();
        assertThat(module.questions()).as("questions").hasSizeGreaterThanOrEqualTo(12);
        assertThat(module.questions()).as("inspection cases")
                .filteredOn(question -> question.type() == QuestionType.INSPECTION).hasSizeGreaterThanOrEqualTo(2);
        assertThat(module.questions()).as("questions without tags")
                .filteredOn(question -> question.tags().isEmpty()).isEmpty();
        if (!module.manifest().conventions().isEmpty()) {
            assertThat(module.questions()).as("questions without an annex/appendix/schedule/article/hs tag")
                    .filteredOn(question -> !tagsARule(question)).extracting(QuestionDefinition::id).isEmpty();
        }
    }

    @Test
    void theCoreModuleAndAtLeastTwoAgreementsAreInFrenchThroughout() throws IOException {
        if (!System.getProperty("content.modules", "").isBlank()) {
            return;
        }
        List<PackageContent> french = packages().map(BundledContentTest::parse)
                .filter(module -> module.manifest().title().values().containsKey("fr") && module.manifest().summary().values().containsKey("fr"))
                .filter(module -> module.units().stream().allMatch(unit -> unit.translations().containsKey("fr")))
                .toList();

        assertThat(french).extracting(module -> module.manifest().id()).contains(CORE);
        assertThat(french).filteredOn(module -> !module.manifest().conventions().isEmpty()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void everyAgreementHasAModuleAndThereIsOneCoreModule() throws IOException {
        if (!System.getProperty("content.modules", "").isBlank()) {
            return;
        }
        List<PackageContent> modules = packages().map(BundledContentTest::parse).toList();

        assertThat(modules).extracting(module -> module.manifest().id()).contains(CORE);
        assertThat(modules).flatExtracting(module -> module.manifest().conventions())
                .containsAll(PackageParser.CONVENTIONS);
    }

    private static boolean tagsARule(QuestionDefinition question) {
        return question.tags().stream().anyMatch(tag -> RULE_TAGS.contains(tag.substring(0, Math.max(tag.indexOf(':'), 0))));
    }
}
