package org.greencustoms.elearning.content.boundary;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.greencustoms.elearning.content.control.PackageFiles;

/** Writes a small, valid content package to a folder, with hooks to change any file, for the import tests. */
public final class PackageFolder {

    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private final String id;
    private final int version;

    private PackageFolder(String id, int version) {
        this.id = id;
        this.version = version;
        put("module.yaml", """
                format: 1
                id: %s
                version: %d
                conventions: [BASEL]
                title: {en: "Test module %s", fr: "Module d'essai %s"}
                summary: A module written by the integration tests.
                passMark: 60
                attempts: 2
                timeLimitMinutes: 20
                units: [01-first, 02-second]
                sources:
                  - {id: S1, title: Basel Convention text, url: "https://www.basel.int"}
                """.formatted(id, version, id, id));
        put("units/01-first.md", """
                ---
                id: first
                title: First unit
                minutes: 5
                sources: [S1]
                ---
                The **first** unit. <span onclick="alert('x')">Tap</span>
                """);
        put("units/01-first.fr.md", """
                ---
                title: Première unité
                ---
                La **première** unité.
                """);
        put("units/02-second.md", """
                ---
                id: second
                title: Second unit
                minutes: 7
                sources: [S1]
                ---
                | Annex | Meaning |
                |---|---|
                | VIII | List A |
                """);
        put("quiz.yaml", """
                questions:
                  - id: q1
                    type: single
                    prompt: Which annex lists wastes presumed hazardous?
                    options:
                      - {id: a, text: Annex VIII}
                      - {id: b, text: Annex IX}
                    answer: a
                    tags: [annex:Basel-VIII]
                  - id: q2
                    type: truefalse
                    points: 2
                    prompt: A movement document travels with the shipment.
                    answer: true
                    tags: [topic:documents]
                """);
    }

    public static PackageFolder valid(String id, int version) {
        return new PackageFolder(id, version);
    }

    public String id() {
        return id;
    }

    public int version() {
        return version;
    }

    public PackageFolder with(String path, String content) {
        put(path, content);
        return this;
    }

    /** Sets module.yaml's unit order, such as {@code [01-first, 02-second, 03-third]}. */
    public PackageFolder withUnits(String units) {
        String module = new String(files.get("module.yaml"), StandardCharsets.UTF_8);
        put("module.yaml", module.replace("units: [01-first, 02-second]", "units: " + units));
        return this;
    }

    /** Adds settings to module.yaml (fields it does not have yet, such as review or completion). */
    public PackageFolder withModuleSettings(String yamlLines) {
        String module = new String(files.get("module.yaml"), StandardCharsets.UTF_8);
        put("module.yaml", module + yamlLines.strip() + "\n");
        return this;
    }

    public PackageFolder withBytes(String path, byte[] content) {
        files.put(path, content.clone());
        return this;
    }

    private void put(String path, String content) {
        files.put(path, content.getBytes(StandardCharsets.UTF_8));
    }

    /** The package as an author uploads it: a zip of one folder. */
    public byte[] zip() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry("package/" + file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public PackageFiles writeTo(Path parent) {
        Path folder = parent.resolve("pkg-" + System.nanoTime());
        try {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path path = folder.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.write(path, file.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return PackageFiles.fromFolder(folder);
    }
}
