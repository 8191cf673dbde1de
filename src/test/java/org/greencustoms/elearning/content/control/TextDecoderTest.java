package org.greencustoms.elearning.content.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("TextDecoder")
class TextDecoderTest {

    private final Problems problems = new Problems();

    @Test
    void decodesUtf8() {
        assertThat(TextDecoder.utf8("a.md", "Convention de Bâle – Üçé €".getBytes(StandardCharsets.UTF_8), problems))
                .contains("Convention de Bâle – Üçé €");
        assertThat(problems.isEmpty()).isTrue();
    }

    @Test
    void dropsAByteOrderMark() {
        byte[] bytes = "\uFEFFtitle: x".getBytes(StandardCharsets.UTF_8);

        assertThat(TextDecoder.utf8("a.md", bytes, problems)).contains("title: x");
    }

    @Test
    void reportsTheLineOfTheFirstBadByte() {
        byte[] bytes = "line 1\nline 2 Bâle\nline 3 Bâle\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(TextDecoder.utf8("units/a.md", bytes, problems)).isEmpty();

        assertThat(problems.sorted()).singleElement()
                .satisfies(TestPackage.problem("units/a.md", 2, "The file is not UTF-8 text"));
    }

    @Test
    void reportsATruncatedSequenceAtTheEnd() {
        byte[] utf8 = "one\ntwo\nBâ".getBytes(StandardCharsets.UTF_8);
        byte[] truncated = Arrays.copyOf(utf8, utf8.length - 1);

        assertThat(TextDecoder.utf8("quiz.yaml", truncated, problems)).isEmpty();

        assertThat(problems.sorted()).singleElement().extracting(Problem::line).isEqualTo(3);
    }

    @Test
    void refusesOverlongForms() {
        byte[] overlongSlash = {'a', '\n', (byte) 0xC0, (byte) 0xAF};

        assertThat(TextDecoder.utf8("x.md", overlongSlash, problems)).isEmpty();
        assertThat(problems.sorted()).singleElement().extracting(Problem::line).isEqualTo(2);
    }

    @Test
    void refusesEncodedSurrogates() {
        byte[] cesu = {'a', '\n', 'b', '\n', (byte) 0xED, (byte) 0xA0, (byte) 0x80};

        assertThat(TextDecoder.utf8("x.md", cesu, problems)).isEmpty();
        assertThat(problems.sorted()).singleElement().extracting(Problem::line).isEqualTo(3);
    }
}
