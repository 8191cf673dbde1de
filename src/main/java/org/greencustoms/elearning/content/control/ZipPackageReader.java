package org.greencustoms.elearning.content.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.InputStreamStatistics;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Reads a package zip defensively (OWASP ASVS 5.0 V5): an uploaded zip is untrusted, so its size is counted on the
 * bytes actually received, and each entry's name, type, size and compression ratio on what its central directory
 * says and then on the bytes actually inflated, reading stopping at the first breach instead of filling memory.
 * A zip may hold the package files at its root or inside one top-level folder.
 */
public final class ZipPackageReader {

    /**
     * Limits for one package.
     *
     * @param maxZipBytes the most bytes of zip received; the zip is held in memory to read its central directory
     * @param maxRatio the most an entry may expand, inflated bytes over the compressed bytes it consumed
     */
    public record Limits(int maxEntries, long maxTotalBytes, long maxEntryBytes, int maxRatio, long maxZipBytes) {
        public static final Limits DEFAULT = new Limits(5_000, 500L << 20, 50L << 20, 100, 50L << 20);
        /**
         * For a package the platform zipped itself, once checked: the same sizes, without the ratio cap, which a
         * well-compressed honest file may pass when the platform deflates it again.
         */
        public static final Limits STORED = new Limits(5_000, 500L << 20, 50L << 20, Integer.MAX_VALUE, 500L << 20);
    }

    /** Below this, a ratio is no threat (a page of spaces compresses 200 times) and would refuse honest files. */
    static final int RATIO_GRACE_BYTES = 64 << 10;
    private static final byte[] LOCAL_HEADER = {'P', 'K', 3, 4};
    private static final byte[] EMPTY_ZIP = {'P', 'K', 5, 6};

    private final String name;
    private final Limits limits;

    public ZipPackageReader(String name, Limits limits) {
        this.name = name;
        this.limits = limits;
    }

    /** The files by path; throws {@link InvalidPackageException} with the first reason to refuse the zip. */
    public Map<String, byte[]> read(InputStream in) {
        byte[] zip = received(in);
        if (startsWith(zip, EMPTY_ZIP)) {
            throw refuse("zip.empty");
        }
        if (!startsWith(zip, LOCAL_HEADER)) {
            throw refuse("zip.notAZip");
        }
        Map<String, byte[]> files = new TreeMap<>();
        try (ZipFile archive = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get()) {
            long total = 0;
            for (ZipArchiveEntry entry : checkedEntries(archive)) {
                byte[] bytes = inflate(archive, entry, limits.maxTotalBytes() - total);
                total += bytes.length;
                if (NestedArchives.isArchive(bytes)) {
                    throw refuse("zip.nestedArchive", entry.getName());
                }
                files.put(entry.getName(), bytes);
            }
        } catch (IOException e) {
            throw refuse("zip.unreadable", e.getMessage());
        }
        if (files.isEmpty()) {
            throw refuse("zip.empty");
        }
        return stripCommonFolder(files);
    }

    /** The zip as received, refused as soon as it is larger than allowed: the upload's own size is not trusted. */
    private byte[] received(InputStream in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long size = 0;
        try (in) {
            int read;
            while ((read = in.read(buffer)) > 0) {
                size += read;
                if (size > limits.maxZipBytes()) {
                    throw refuse("zip.tooLarge", limits.maxZipBytes() >> 20);
                }
                out.write(buffer, 0, read);
            }
        } catch (IOException e) {
            throw refuse("zip.readFailed", e.getMessage());
        }
        return out.toByteArray();
    }

    /** Every entry's name and kind checked before anything is inflated; returns the files to read. */
    private List<ZipArchiveEntry> checkedEntries(ZipFile archive) {
        List<ZipArchiveEntry> entries = Collections.list(archive.getEntries());
        if (entries.size() > limits.maxEntries()) {
            throw refuse("zip.tooManyEntries", limits.maxEntries());
        }
        Set<String> names = new HashSet<>();
        Set<String> folded = new HashSet<>();
        long claimed = 0;
        List<ZipArchiveEntry> files = new ArrayList<>();
        for (ZipArchiveEntry entry : entries) {
            String path = entry.getName();
            checkPath(path, entry.getRawName());
            if (entry.isUnixSymlink()) {
                throw refuse("zip.symlink", path);
            }
            if (!names.add(path)) {
                throw refuse("zip.duplicate", path);
            }
            if (!folded.add(path.toLowerCase(Locale.ROOT))) {
                throw refuse("zip.caseDuplicate", path);
            }
            if (entry.isDirectory() || PackageFiles.isHidden(path)) {
                continue;
            }
            if (entry.getGeneralPurposeBit().usesEncryption()) {
                throw refuse("zip.encrypted", path);
            }
            if (entry.getMethod() != ZipArchiveEntry.STORED && entry.getMethod() != ZipArchiveEntry.DEFLATED) {
                throw refuse("zip.unsupportedMethod", path);
            }
            if (NestedArchives.isArchiveName(path)) {
                throw refuse("zip.nestedArchive", path);
            }
            claimed += Math.max(0, entry.getSize());
            if (entry.getSize() > limits.maxEntryBytes()) {
                throw refuse("zip.entryTooLarge", path, limits.maxEntryBytes() >> 20);
            }
            if (claimed > limits.maxTotalBytes()) {
                throw refuse("zip.tooLargeUnpacked", limits.maxTotalBytes() >> 20);
            }
            files.add(entry);
        }
        return files;
    }

    /** {@code rawName} as stored: the reader turns an MS-DOS zip's backslashes into slashes, which would hide them. */
    private void checkPath(String path, byte[] rawName) {
        String raw = rawName == null ? path : new String(rawName, StandardCharsets.UTF_8);
        if (raw.indexOf('\\') >= 0) {
            throw refuse("zip.backslash", raw);
        }
        if (path.matches("^[A-Za-z]:.*")) {
            throw refuse("zip.driveLetter", path);
        }
        if (path.startsWith("/")) {
            throw refuse("zip.absolutePath", path);
        }
        if (("/" + path + "/").contains("/../")) {
            throw refuse("zip.parentFolder", path);
        }
    }

    /** Inflates one entry, counting what comes out against the limits and against what went in. */
    private byte[] inflate(ZipFile archive, ZipArchiveEntry entry, long budget) throws IOException {
        String path = entry.getName();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long size = 0;
        try (InputStream in = archive.getInputStream(entry)) {
            InputStreamStatistics counts = (InputStreamStatistics) in;
            int read;
            while ((read = in.read(buffer)) > 0) {
                size += read;
                if (size > limits.maxEntryBytes()) {
                    throw refuse("zip.entryTooLarge", path, limits.maxEntryBytes() >> 20);
                }
                if (size > budget) {
                    throw refuse("zip.tooLargeUnpacked", limits.maxTotalBytes() >> 20);
                }
                long consumed = Math.max(1, counts.getCompressedCount());
                if (size > RATIO_GRACE_BYTES && size / consumed > limits.maxRatio()) {
                    throw refuse("zip.ratio", path, size / consumed, limits.maxRatio());
                }
                out.write(buffer, 0, read);
            }
        }
        return out.toByteArray();
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
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
