package org.greencustoms.elearning.content.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The files of one package, by path relative to the package folder ('/'-separated), read from a folder or a zip.
 * Hidden files (a name starting with '.') are left out, as editors and operating systems leave them behind.
 */
public final class PackageFiles {

    private static final LocalDateTime ZIP_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    private final String name;
    private final Map<String, byte[]> files;

    PackageFiles(String name, Map<String, byte[]> files) {
        this.name = name;
        this.files = new TreeMap<>(files);
    }

    public static PackageFiles fromFolder(Path folder) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                String relative = folder.relativize(path).toString().replace('\\', '/');
                if (Files.isSymbolicLink(path)) {
                    throw InvalidPackageException.single(folder.getFileName().toString(), relative,
                            "folder.symlink");
                }
                if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS) && !isHidden(relative)) {
                    files.put(relative, Files.readAllBytes(path));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read package folder " + folder, e);
        }
        return new PackageFiles(folder.getFileName().toString(), files);
    }

    /** Reads a zip within the given limits; see {@link ZipPackageReader}. */
    public static PackageFiles fromZip(String name, InputStream zip, ZipPackageReader.Limits limits) {
        return new PackageFiles(name, new ZipPackageReader(name, limits).read(zip));
    }

    static boolean isHidden(String relativePath) {
        for (String part : relativePath.split("/")) {
            if (part.startsWith(".") || part.equals("__MACOSX")) {
                return true;
            }
        }
        return false;
    }

    public String name() {
        return name;
    }

    public Set<String> paths() {
        return files.keySet();
    }

    public boolean contains(String path) {
        return files.containsKey(path);
    }

    public byte[] bytes(String path) {
        byte[] bytes = files.get(path);
        if (bytes == null) {
            throw new IllegalArgumentException("No file " + path + " in package " + name);
        }
        return bytes;
    }

    /** The same package with one file added or replaced. */
    public PackageFiles with(String path, byte[] bytes) {
        Map<String, byte[]> changed = new TreeMap<>(files);
        changed.put(path, bytes.clone());
        return new PackageFiles(name, changed);
    }

    /**
     * The package as a zip of its files at the root, in path order and with a fixed timestamp: the same files give
     * the same bytes, and reading it back gives the same {@link #sha256()}.
     */
    public byte[] toZip() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                ZipEntry entry = new ZipEntry(file.getKey());
                entry.setTimeLocal(ZIP_TIME);
                zip.putNextEntry(entry);
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot zip package " + name, e);
        }
        return out.toByteArray();
    }

    /** A fingerprint of the whole package: the same files with the same bytes give the same hash. */
    public String sha256() {
        MessageDigest digest = sha256Digest();
        files.forEach((path, bytes) -> {
            digest.update(path.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(sha256Digest().digest(bytes));
        });
        return HexFormat.of().formatHex(digest.digest());
    }

    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha256Digest().digest(bytes));
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
