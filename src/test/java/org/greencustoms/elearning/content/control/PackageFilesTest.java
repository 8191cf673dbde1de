package org.greencustoms.elearning.content.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("PackageFiles")
class PackageFilesTest {

    @Test
    void readsAFolderWithSlashSeparatedRelativePathsNamedAfterTheFolder() {
        PackageFiles files = TestPackage.fixture("e-waste-complete");

        assertThat(files.name()).isEqualTo("e-waste-complete");
        assertThat(files.paths()).containsExactly(
                "media/e-waste-flow.png",
                "media/label.png",
                "module.yaml",
                "quiz.yaml",
                "units/01-used-or-waste.fr.md",
                "units/01-used-or-waste.md",
                "units/02-inspection.md");
    }

    @Test
    void leavesOutHiddenFilesAndFolders(@TempDir Path folder) throws IOException {
        write(folder.resolve("module.yaml"), "format: 1");
        write(folder.resolve(".DS_Store"), "finder");
        write(folder.resolve("units/.01-intro.md.swp"), "vim");
        write(folder.resolve(".git/config"), "[core]");
        write(folder.resolve("__MACOSX/._module.yaml"), "fork");

        assertThat(PackageFiles.fromFolder(folder).paths()).containsExactly("module.yaml");
    }

    @Test
    void recognisesHiddenPaths() {
        assertThat(PackageFiles.isHidden(".DS_Store")).isTrue();
        assertThat(PackageFiles.isHidden("units/.draft.md")).isTrue();
        assertThat(PackageFiles.isHidden(".git/config")).isTrue();
        assertThat(PackageFiles.isHidden("__MACOSX/module.yaml")).isTrue();
        assertThat(PackageFiles.isHidden("units/01-intro.md")).isFalse();
        assertThat(PackageFiles.isHidden("media/flow.v2.png")).isFalse();
    }

    @Test
    void givesTheBytesOfAFileAndRefusesAnUnknownPath() {
        PackageFiles files = new PackageFiles("p", Map.of("module.yaml", bytes("format: 1")));

        assertThat(files.contains("module.yaml")).isTrue();
        assertThat(files.contains("quiz.yaml")).isFalse();
        assertThat(files.bytes("module.yaml")).isEqualTo(bytes("format: 1"));
        assertThatIllegalArgumentException().isThrownBy(() -> files.bytes("quiz.yaml"))
                .withMessageContaining("quiz.yaml");
    }

    @Test
    void fingerprintIsAStableSha256OfPathsAndContents() {
        PackageFiles one = new PackageFiles("a", Map.of("x", bytes("1"), "y", bytes("2")));
        PackageFiles same = new PackageFiles("another name", Map.of("y", bytes("2"), "x", bytes("1")));
        PackageFiles moved = new PackageFiles("a", Map.of("x", bytes("2"), "y", bytes("1")));
        PackageFiles shifted = new PackageFiles("a", Map.of("x", bytes("1y"), "", bytes("2")));

        assertThat(one.sha256()).matches("[0-9a-f]{64}").isEqualTo(same.sha256());
        assertThat(moved.sha256()).isNotEqualTo(one.sha256());
        assertThat(shifted.sha256()).isNotEqualTo(one.sha256());
    }

    @Test
    void hashesBytesAsHexSha256() {
        assertThat(PackageFiles.sha256(bytes("abc")))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    private static void write(Path path, String text) throws IOException {
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
