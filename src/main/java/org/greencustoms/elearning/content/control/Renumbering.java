package org.greencustoms.elearning.content.control;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives a package another version number by rewriting the {@code version:} line of its module.yaml, and nothing
 * else: a rollback publishes an old version's files again under a new number.
 */
public final class Renumbering {

    /** A block-style top-level line, as every package the platform accepted has it; the key may be quoted. */
    private static final Pattern VERSION_LINE = Pattern.compile(
            "(?m)^(\\uFEFF)?([\"']?)version\\2:[ \\t]*\\+?\\d+[ \\t]*(#.*)?$");

    private Renumbering() {
    }

    /** @throws IllegalArgumentException if module.yaml has no top-level {@code version: <number>} line */
    public static PackageFiles withVersion(PackageFiles files, int version) {
        String manifest = new String(files.bytes(PackageParser.MODULE_FILE), StandardCharsets.UTF_8);
        Matcher line = VERSION_LINE.matcher(manifest);
        if (!line.find()) {
            throw new IllegalArgumentException("module.yaml of " + files.name() + " has no 'version: <number>' line");
        }
        String bom = line.group(1) == null ? "" : line.group(1);
        String renumbered = manifest.substring(0, line.start()) + bom + "version: " + version
                + manifest.substring(line.end());
        return files.with(PackageParser.MODULE_FILE, renumbered.getBytes(StandardCharsets.UTF_8));
    }
}
