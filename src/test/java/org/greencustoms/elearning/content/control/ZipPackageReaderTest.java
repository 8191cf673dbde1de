package org.greencustoms.elearning.content.control;

import static java.util.Locale.ENGLISH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.greencustoms.elearning.content.control.ZipPackageReader.Limits;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("ZipPackageReader")
class ZipPackageReaderTest {

    private static final String NAME = "upload.zip";
    private static final Limits GENEROUS = new Limits(100, 50L << 20, 10L << 20, 1_000, 50L << 20);

    @Test
    void stripsTheSingleTopLevelFolder() {
        byte[] zip = zip(entries(TestPackage.valid(), "mini-module/"));

        Map<String, byte[]> files = read(zip, Limits.DEFAULT);

        assertThat(files).containsOnlyKeys("module.yaml", "quiz.yaml", "units/01-intro.md");
        assertThat(new String(files.get("module.yaml"), StandardCharsets.UTF_8)).isEqualTo(TestPackage.MODULE);
    }

    @Test
    void readsAPackageZippedWithoutFolder() {
        Map<String, byte[]> files = read(zip(entries(TestPackage.valid(), "")), Limits.DEFAULT);

        assertThat(files).containsOnlyKeys("module.yaml", "quiz.yaml", "units/01-intro.md");
    }

    @Test
    void keepsPathsWhenThereIsNoSingleTopLevelFolder() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("first/module.yaml", bytes("format: 1"));
        entries.put("second/module.yaml", bytes("format: 1"));

        assertThat(read(zip(entries), Limits.DEFAULT)).containsOnlyKeys("first/module.yaml", "second/module.yaml");
    }

    @Test
    void readsTheCompleteFixtureIntoAValidPackage() {
        TestPackage fixture = TestPackage.copyOf(TestPackage.fixture("e-waste-complete"));

        PackageFiles files = PackageFiles.fromZip(NAME, new ByteArrayInputStream(zip(entries(fixture, "e-waste/"))),
                Limits.DEFAULT);
        PackageContent content = new PackageParser().parse(files);

        assertThat(files.name()).isEqualTo(NAME);
        assertThat(content.manifest().id()).isEqualTo("e-waste-complete");
        assertThat(content.questions()).hasSize(8);
        assertThat(content.media()).containsOnlyKeys("media/e-waste-flow.png", "media/label.png");
        assertThat(content.sha256()).isEqualTo(TestPackage.fixture("e-waste-complete").sha256());
    }

    @Test
    void ignoresHiddenFilesAndMacOsMetadata() {
        Map<String, byte[]> entries = entries(TestPackage.valid(), "mini-module/");
        entries.put("mini-module/.DS_Store", bytes("finder"));
        entries.put("mini-module/units/.01-intro.md.swp", bytes("vim"));
        entries.put("mini-module/.git/config", bytes("[core]"));
        entries.put("__MACOSX/mini-module/._module.yaml", bytes("resource fork"));

        Map<String, byte[]> files = read(zip(entries), Limits.DEFAULT);

        assertThat(files).containsOnlyKeys("module.yaml", "quiz.yaml", "units/01-intro.md");
    }

    @Test
    void skipsDirectoryEntries() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("mini-module/", new byte[0]);
        entries.put("mini-module/units/", new byte[0]);
        entries.putAll(entries(TestPackage.valid(), "mini-module/"));

        assertThat(read(zip(entries), Limits.DEFAULT)).containsOnlyKeys("module.yaml", "quiz.yaml",
                "units/01-intro.md");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"../x|zip.parentFolder", "pkg/../../x|zip.parentFolder",
        "pkg/units/../../../etc/passwd|zip.parentFolder", "..\\x|zip.backslash", "/etc/passwd|zip.absolutePath",
        "C:/Windows/x|zip.driveLetter", "c:\\x|zip.backslash"})
    @DisplayName("refuses an entry that points outside the package")
    void refusesPathTraversal(String entryName, String key) {
        Map<String, byte[]> entries = entries(TestPackage.valid(), "pkg/");
        entries.put(entryName, bytes("owned"));

        Problem problem = refusal(zip(entries), Limits.DEFAULT);

        assertThat(problem.key()).isEqualTo(key);
        assertThat(problem.args()).containsExactly(entryName);
        assertThat(problem.message(ENGLISH)).startsWith("The zip entry " + entryName);
    }

    @Test
    void acceptsNamesThatMerelyContainDots() {
        Map<String, byte[]> entries = entries(TestPackage.valid(), "pkg/");
        entries.put("pkg/media/flow..v2.png", TestPackage.png());

        assertThat(read(zip(entries), Limits.DEFAULT)).containsKey("media/flow..v2.png");
    }

    @Test
    void refusesTooManyEntries() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 1; i <= 4; i++) {
            entries.put("pkg/media/" + i + ".png", TestPackage.png());
        }

        Problem problem = refusal(zip(entries), new Limits(3, 50L << 20, 10L << 20, 100, 50L << 20));

        assertThat(problem.message(ENGLISH)).isEqualTo("The zip has more than 3 entries");
    }

    @Test
    void acceptsExactlyTheMaximumNumberOfEntries() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 1; i <= 3; i++) {
            entries.put("pkg/media/" + i + ".png", TestPackage.png());
        }

        assertThat(read(zip(entries), new Limits(3, 50L << 20, 10L << 20, 100, 50L << 20))).hasSize(3);
    }

    @Test
    void refusesAnEntryOverTheSizeLimit() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("pkg/module.yaml", bytes("format: 1"));
        entries.put("pkg/media/huge.png", random((1 << 20) + 1));

        Problem problem = refusal(zip(entries), new Limits(100, 50L << 20, 1L << 20, 1_000, 50L << 20));

        assertThat(problem.message(ENGLISH)).isEqualTo("pkg/media/huge.png is larger than 1 MB");
    }

    @Test
    void refusesAPackageOverTheTotalSizeLimit() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("pkg/media/a.png", random(600 << 10));
        entries.put("pkg/media/b.png", random(600 << 10));

        Problem problem = refusal(zip(entries), new Limits(100, 1L << 20, 1L << 20, 1_000, 50L << 20));

        assertThat(problem.message(ENGLISH)).isEqualTo("The package unpacks to more than 1 MB");
    }

    @Test
    void refusesAZipBomb() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("pkg/module.yaml", bytes("format: 1"));
        entries.put("pkg/media/zeros.png", new byte[5 << 20]);

        Problem problem = refusal(zip(entries), new Limits(100, 50L << 20, 10L << 20, 100, 50L << 20));

        assertThat(problem.message(ENGLISH)).startsWith("pkg/media/zeros.png expands ").endsWith(" times");
        assertThat(problem.hint(ENGLISH)).contains("at most 100 times");
    }

    @Test
    void acceptsOrdinaryCompressionOfText() {
        Map<String, byte[]> entries = entries(TestPackage.valid(), "pkg/");
        entries.put("pkg/README.md", bytes("Notes for authors. ".repeat(200)));

        assertThat(read(zip(entries), Limits.DEFAULT)).containsKey("README.md");
    }

    @Test
    void refusesAFileThatIsNotAZip() {
        byte[] pdf = bytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n");

        Problem problem = refusal(pdf, Limits.DEFAULT);

        assertThat(problem.key()).isEqualTo("zip.notAZip");
        assertThat(problem.message(ENGLISH)).isEqualTo("The file is not a zip");
        assertThat(problem.hint(ENGLISH)).contains(".zip");
    }

    @Test
    void refusesAnEmptyZip() {
        assertThat(refusal(zip(Map.of()), Limits.DEFAULT).message(ENGLISH)).isEqualTo("The zip is empty or not a zip");
    }

    @Test
    void refusesAZipHoldingOnlyHiddenFiles() {
        Map<String, byte[]> entries = Map.of("__MACOSX/._module.yaml", bytes("x"), ".DS_Store", bytes("y"));

        assertThat(refusal(zip(entries), Limits.DEFAULT).message(ENGLISH)).isEqualTo("The zip is empty or not a zip");
    }

    @Test
    void refusesACorruptZip() {
        byte[] zip = zip(Map.of("pkg/module.yaml", bytes(TestPackage.MODULE.repeat(20))));
        for (int i = 60; i < 120; i++) {
            zip[i] = (byte) 0xFF;
        }

        Problem problem = refusal(zip, Limits.DEFAULT);

        assertThat(problem.message(ENGLISH)).startsWith("The file is not a readable zip");
    }

    private static Map<String, byte[]> read(byte[] zip, Limits limits) {
        return new ZipPackageReader(NAME, limits).read(new ByteArrayInputStream(zip));
    }

    /** The single problem of a refused zip, which names the upload as its file. */
    private static Problem refusal(byte[] zip, Limits limits) {
        InvalidPackageException refused = catchThrowableOfType(InvalidPackageException.class, () -> read(zip, limits));
        assertThat(refused).as("the zip should be refused").isNotNull();
        assertThat(refused.packageName()).isEqualTo(NAME);
        assertThat(refused.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(NAME);
            assertThat(problem.line()).isNull();
            assertThat(problem.hint(ENGLISH)).isNotBlank();
        });
        return refused.problems().get(0);
    }

    private static Map<String, byte[]> entries(TestPackage pkg, String folder) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        pkg.files().forEach((path, bytes) -> entries.put(folder + path, bytes));
        return entries;
    }

    private static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] random(int size) {
        byte[] bytes = new byte[size];
        new Random(42).nextBytes(bytes);
        return bytes;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
