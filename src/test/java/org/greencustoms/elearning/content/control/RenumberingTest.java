package org.greencustoms.elearning.content.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RenumberingTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "plain|format: 1\\nid: m\\nversion: 3\\ntitle: T\\n|format: 1\\nid: m\\nversion: 7\\ntitle: T\\n",
            "with a comment|version: 3   # raised for the new law\\nid: m\\n|version: 7\\nid: m\\n",
            "quoted key|\"version\": 3\\nid: m\\n|version: 7\\nid: m\\n",
            "first line after a BOM|\uFEFFversion: +3\\nid: m\\n|\uFEFFversion: 7\\nid: m\\n"})
    void rewritesOnlyTheVersionLine(String what, String before, String after) {
        PackageFiles renumbered = Renumbering.withVersion(files(before.replace("\\n", "\n")), 7);

        assertThat(new String(renumbered.bytes("module.yaml"), StandardCharsets.UTF_8))
                .isEqualTo(after.replace("\\n", "\n"));
        assertThat(renumbered.bytes("units/01-a.md")).isEqualTo("unchanged".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aNestedOrMissingVersionIsNotRewritten() {
        assertThatThrownBy(() -> Renumbering.withVersion(files("id: m\nquiz:\n  version: 3\n"), 7))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("version");
    }

    private static PackageFiles files(String manifest) {
        return new PackageFiles("p", Map.of("module.yaml", manifest.getBytes(StandardCharsets.UTF_8),
                "units/01-a.md", "unchanged".getBytes(StandardCharsets.UTF_8)));
    }
}
