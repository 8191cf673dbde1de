package org.greencustoms.elearning.content.control;

import static java.util.Locale.ENGLISH;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("MediaCheck")
class MediaCheckTest {

    private final Problems problems = new Problems();

    @Test
    void resolvesReferencesRelativeToTheReferringFolder() {
        assertThat(MediaCheck.resolve("units/", "../media/flow.png")).isEqualTo("media/flow.png");
        assertThat(MediaCheck.resolve("units/", "../media/maps/../flow.png")).isEqualTo("media/flow.png");
        assertThat(MediaCheck.resolve("units/", "/media/flow.png")).isEqualTo("units/media/flow.png");
        assertThat(MediaCheck.resolve("", "media/label.png")).isEqualTo("media/label.png");
        assertThat(MediaCheck.resolve("units/", "../../etc/passwd")).doesNotStartWith("media/");
    }

    @Test
    void resolvesANameWithSpaces() {
        assertThat(MediaCheck.resolve("units/", "../media/e waste.png")).isEqualTo("media/e waste.png");
    }

    @Test
    void checksEveryImageOfTheMarkdownWithItsFileLine() {
        MediaCheck check = new MediaCheck(files(Map.of("media/a.png", TestPackage.png())), problems);

        check.checkMarkdown("units/u.md", "![a](../media/a.png)\n\nText ![b](../media/b.png)\n\n> ![c](../media/c.png)",
                7);

        assertThat(problems.sorted()).extracting(Problem::line).containsExactly(9, 11);
        assertThat(problems.sorted()).extracting(p -> p.message(ENGLISH)).allMatch(m -> m.contains("does not exist"));
    }

    @Test
    void keepsValidMediaWithContentTypes() {
        MediaCheck check = new MediaCheck(files(Map.of("media/a.png", TestPackage.png(),
                "media/b.webp", "RIFF0000WEBP".getBytes(StandardCharsets.US_ASCII))), problems);

        assertThat(problems.isEmpty()).isTrue();
        assertThat(check.all()).containsOnlyKeys("media/a.png", "media/b.webp");
        assertThat(check.all().get("media/b.webp").contentType()).isEqualTo("image/webp");
    }

    @Test
    void referenceReturnsThePackagePathOfALocalImage() {
        MediaCheck check = new MediaCheck(files(Map.of("media/label.png", TestPackage.png())), problems);

        assertThat(check.checkReference("quiz.yaml", 4, "media/label.png", "")).contains("media/label.png");
        assertThat(check.checkReference("quiz.yaml", 4, "https://example.org/a.png", "")).isEmpty();
        assertThat(problems.isEmpty()).isTrue();
    }

    @Test
    void refusesAnInvalidAddress() {
        MediaCheck check = new MediaCheck(files(Map.of()), problems);

        assertThat(check.checkReference("units/u.md", 3, "../media/a|b.png", "units/")).isEmpty();

        assertThat(problems.sorted()).singleElement()
                .satisfies(TestPackage.problem("units/u.md", 3, "The image address '../media/a|b.png' is not valid"));
    }

    private static PackageFiles files(Map<String, byte[]> files) {
        return new PackageFiles("p", files);
    }
}
