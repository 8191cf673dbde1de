package org.greencustoms.elearning.content.control;

import static java.util.Locale.ENGLISH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Builds a content package in memory, path by path, starting from a small valid package or a fixture folder under
 * src/test/resources/packages. The valid package's line numbers are stated in the text blocks below; tests that
 * replace a file write its whole content so that the lines they assert are visible next to the assertion.
 */
final class TestPackage {

    static final String MODULE = """
            format: 1
            id: mini-module
            version: 1
            conventions: [BASEL]
            title: Mini module
            summary: A module small enough to read in a test.
            units:
              - 01-intro
            sources:
              - {id: S1, title: Basel Convention text, url: "https://www.basel.int"}
            """;

    static final String UNIT = """
            ---
            id: intro
            title: Introduction
            minutes: 5
            sources: [S1]
            ---
            Some **Markdown**.
            """;

    static final String QUIZ = """
            questions:
              - id: q-annex
                type: single
                unit: intro
                prompt: Which annex lists wastes presumed hazardous?
                options:
                  - {id: a, text: Annex VIII}
                  - {id: b, text: Annex IX}
                answer: a
                tags: [annex:Basel-VIII]
            """;

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    private final String name;
    private final Map<String, byte[]> files = new LinkedHashMap<>();

    private TestPackage(String name) {
        this.name = name;
    }

    /** module.yaml, units/01-intro.md and quiz.yaml above: a package that parses without problems. */
    static TestPackage valid() {
        return new TestPackage("mini-module")
                .module(MODULE)
                .file("units/01-intro.md", UNIT)
                .quiz(QUIZ);
    }

    static TestPackage empty(String name) {
        return new TestPackage(name);
    }

    /** The fixture folder src/test/resources/packages/{folder}, as read by {@link PackageFiles#fromFolder}. */
    static PackageFiles fixture(String folder) {
        return PackageFiles.fromFolder(fixturePath(folder));
    }

    static Path fixturePath(String folder) {
        URL url = TestPackage.class.getResource("/packages/" + folder);
        assertThat(url).as("fixture folder packages/%s", folder).isNotNull();
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static TestPackage copyOf(PackageFiles source) {
        TestPackage copy = new TestPackage(source.name());
        source.paths().forEach(path -> copy.file(path, source.bytes(path)));
        return copy;
    }

    TestPackage module(String yaml) {
        return file(PackageParser.MODULE_FILE, yaml);
    }

    TestPackage quiz(String yaml) {
        return file(PackageParser.QUIZ_FILE, yaml);
    }

    TestPackage file(String path, String text) {
        return file(path, text.getBytes(StandardCharsets.UTF_8));
    }

    TestPackage file(String path, byte[] bytes) {
        files.put(path, bytes);
        return this;
    }

    TestPackage without(String path) {
        assertThat(files).as("files of the test package").containsKey(path);
        files.remove(path);
        return this;
    }

    /** The package as an upload: a zip with every file in one top-level folder named like the package. */
    byte[] zipped() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zip.putNextEntry(new java.util.zip.ZipEntry(name + "/" + file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    Map<String, byte[]> files() {
        return new LinkedHashMap<>(files);
    }

    PackageFiles build() {
        return new PackageFiles(name, files);
    }

    PackageContent parse() {
        return new PackageParser().parse(build());
    }

    /** The problems the validator reports; fails if the package is accepted. */
    List<Problem> problems() {
        InvalidPackageException refused = catchThrowableOfType(InvalidPackageException.class, this::parse);
        assertThat(refused).as("the package should be refused").isNotNull();
        assertThat(refused.packageName()).isEqualTo(name);
        return refused.problems();
    }

    /** A file that starts like a PNG image, padded to {@code size} bytes. */
    static byte[] png(int size) {
        byte[] bytes = Arrays.copyOf(PNG_SIGNATURE, Math.max(size, PNG_SIGNATURE.length));
        Arrays.fill(bytes, PNG_SIGNATURE.length, bytes.length, (byte) 7);
        return bytes;
    }

    static byte[] png() {
        return png(64);
    }

    /** Checks one problem: where it is, what it says, and that it comes with a hint. */
    static Consumer<Problem> problem(String file, Integer line, String messageFragment) {
        return problem -> {
            assertThat(problem.file()).as("file of %s", problem).isEqualTo(file);
            assertThat(problem.line()).as("line of %s", problem).isEqualTo(line);
            assertThat(problem.message(ENGLISH)).as("message of %s", problem).contains(messageFragment);
            assertThat(problem.hint(ENGLISH)).as("hint of %s", problem).isNotBlank();
        };
    }
}
