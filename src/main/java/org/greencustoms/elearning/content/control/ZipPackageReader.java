package org.greencustoms.elearning.content.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Reads a package zip defensively: an uploaded zip is untrusted, so entry count, sizes, compression ratio and paths
 * are checked while reading, and reading stops at the first breach instead of filling memory or disk.
 * A zip may hold the package files at its root or inside one top-level folder.
 */
public final class ZipPackageReader {

    /** Limits for one package. */
    public record Limits(int maxEntries, long maxTotalBytes, long maxEntryBytes, int maxRatio) {
        public static final Limits DEFAULT = new Limits(2_000, 50L << 20, 10L << 20, 100);
    }

    private final String name;
    private final Limits limits;

    public ZipPackageReader(String name, Limits limits) {
        this.name = name;
        this.limits = limits;
    }

    public Map<String, byte[]> read(InputStream in) {
        Map<String, byte[]> files = new TreeMap<>();
        long total = 0;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > limits.maxEntries()) {
                    throw refuse("zip.tooManyEntries", limits.maxEntries());
                }
                String path = checkedPath(entry.getName());
                if (entry.isDirectory() || PackageFiles.isHidden(path)) {
                    continue;
                }
                byte[] bytes = readEntry(zip, path, limits.maxTotalBytes() - total);
                total += bytes.length;
                long compressed = entry.getCompressedSize();
                if (compressed > 0 && bytes.length / compressed > limits.maxRatio()) {
                    throw refuse("zip.ratio", path, bytes.length / compressed, limits.maxRatio());
                }
                if (files.put(path, bytes) != null) {
                    throw refuse("zip.duplicate", path);
                }
            }
        } catch (ZipException e) {
            throw refuse("zip.unreadable", e.getMessage());
        } catch (IOException e) {
            throw refuse("zip.readFailed", e.getMessage());
        }
        if (files.isEmpty()) {
            throw refuse("zip.empty");
        }
        return stripCommonFolder(files);
    }

    private byte[] readEntry(InputStream zip, String path, long budget) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long size = 0;
        int read;
        while ((read = zip.read(buffer)) > 0) {
            size += read;
            if (size > limits.maxEntryBytes()) {
                throw refuse("zip.entryTooLarge", path, limits.maxEntryBytes() >> 20);
            }
            if (size > budget) {
                throw refuse("zip.tooLargeUnpacked", limits.maxTotalBytes() >> 20);
            }
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }

    private String checkedPath(String entryName) {
        String path = entryName.replace('\\', '/');
        if (path.startsWith("/") || path.matches("^[A-Za-z]:.*") || ("/" + path + "/").contains("/../")) {
            throw refuse("zip.outsidePackage", entryName);
        }
        return path;
    }

    private static Map<String, byte[]> stripCommonFolder(Map<String, byte[]> files) {
        String first = files.keySet().iterator().next();
        int slash = first.indexOf('/');
        if (slash < 0 || files.containsKey("module.yaml")) {
            return files;
        }
        String prefix = first.substring(0, slash + 1);
        if (!files.keySet().stream().allMatch(path -> path.startsWith(prefix))) {
            return files;
        }
        Map<String, byte[]> stripped = new TreeMap<>();
        files.forEach((path, bytes) -> stripped.put(path.substring(prefix.length()), bytes));
        return stripped;
    }

    private InvalidPackageException refuse(String key, Object... args) {
        return InvalidPackageException.single(name, name, key, args);
    }
}
