package org.greencustoms.elearning.content.control;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.greencustoms.elearning.content.control.PackageContent.Media;

/**
 * Checks a package's media: only raster images of the allowed types, whose bytes match their extension and that
 * are small enough; and every image a unit or case file refers to exists in media/.
 */
final class MediaCheck {

    static final long MAX_BYTES = 2L << 20;
    private static final Map<String, String> TYPES = Map.of(
            "png", "image/png", "jpg", "image/jpeg", "jpeg", "image/jpeg", "webp", "image/webp");
    private static final Parser PARSER = MarkdownRenderer.parserBuilder()
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    private final PackageFiles files;
    private final Problems problems;
    private final Map<String, Media> media = new TreeMap<>();

    MediaCheck(PackageFiles files, Problems problems) {
        this.files = files;
        this.problems = problems;
        files.paths().stream().filter(path -> path.startsWith("media/")).forEach(this::checkFile);
    }

    Map<String, Media> all() {
        return media;
    }

    private void checkFile(String path) {
        String extension = extension(path);
        String type = TYPES.get(extension);
        byte[] bytes = files.bytes(path);
        if (path.length() > 300) {
            problems.add(path, null, "media.nameTooLong", 300);
        } else if (extension.equals("svg") || extension.equals("svgz")) {
            problems.add(path, null, "media.svg");
        } else if (type == null) {
            problems.add(path, null, "media.typeNotAllowed", extension);
        } else if (!matchesSignature(bytes, extension)) {
            problems.add(path, null, "media.typeMismatch", extension.toUpperCase(java.util.Locale.ROOT), extension);
        } else if (bytes.length > MAX_BYTES) {
            problems.add(path, null, "media.tooLarge", (bytes.length + 1023) / 1024, MAX_BYTES >> 10);
        } else {
            media.put(path, new Media(path, type, bytes));
        }
    }

    /** Checks every image in a unit's Markdown; {@code firstLine} is the file line where the Markdown starts. */
    void checkMarkdown(String file, String markdown, int firstLine) {
        PARSER.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                Integer line = image.getSourceSpans().stream().findFirst()
                        .map(SourceSpan::getLineIndex).map(index -> index + firstLine).orElse(null);
                checkReference(file, line, image.getDestination(), "units/");
                visitChildren(image);
            }
        });
    }

    /** Checks a reference from a file in {@code fromFolder}; returns the package path of a local image. */
    Optional<String> checkReference(String file, Integer line, String destination, String fromFolder) {
        URI uri;
        try {
            uri = new URI(destination.replace(" ", "%20"));
        } catch (URISyntaxException e) {
            problems.add(file, line, "image.invalidAddress", destination);
            return Optional.empty();
        }
        if (uri.isAbsolute()) {
            if (!"https".equals(uri.getScheme())) {
                problems.add(file, line, "image.notHttps", destination, uri.getScheme());
            }
            return Optional.empty();
        }
        String path = resolve(fromFolder, uri.getRawPath());
        if (!path.startsWith("media/")) {
            problems.add(file, line, "image.outsideMedia", destination);
        } else if (!files.contains(path)) {
            problems.add(file, line, "image.missing", destination, path);
        } else if (!TYPES.containsKey(extension(path))) {
            problems.add(file, line, "image.typeNotAllowed", destination);
        } else {
            return Optional.of(path);
        }
        return Optional.empty();
    }

    /** The package path of an address relative to {@code fromFolder}, written as in Markdown (spaces allowed). */
    static String resolve(String fromFolder, String address) {
        String relative = address.replace(" ", "%20");
        URI resolved = URI.create("pkg:/" + fromFolder).resolve(relative.startsWith("/") ? relative.substring(1)
                : relative);
        return resolved.getPath().replaceFirst("^/", "");
    }

    private static String extension(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean matchesSignature(byte[] bytes, String extension) {
        return switch (extension) {
            case "png" -> startsWith(bytes, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
            case "jpg", "jpeg" -> startsWith(bytes, 0, 0xFF, 0xD8, 0xFF);
            case "webp" -> startsWith(bytes, 0, 'R', 'I', 'F', 'F') && startsWith(bytes, 8, 'W', 'E', 'B', 'P');
            default -> false;
        };
    }

    private static boolean startsWith(byte[] bytes, int offset, int... signature) {
        if (bytes.length < offset + signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((bytes[offset + i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
