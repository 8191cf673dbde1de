package org.greencustoms.elearning.content.control;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Recognises an archive inside a package, by its name and by its first bytes: a package is never unpacked twice,
 * so an archive in it could only smuggle files past the checks.
 */
final class NestedArchives {

    private static final Set<String> EXTENSIONS = Set.of("zip", "jar", "war", "ear", "apk", "gz", "tgz", "bz2",
            "xz", "zst", "7z", "rar", "tar", "cab", "iso", "lz", "lzma", "z");
    private static final byte[][] SIGNATURES = {
        {'P', 'K', 3, 4}, {'P', 'K', 5, 6}, {'P', 'K', 7, 8},
        {0x1F, (byte) 0x8B},
        {'7', 'z', (byte) 0xBC, (byte) 0xAF, 0x27, 0x1C},
        {'R', 'a', 'r', '!', 0x1A, 0x07},
        {(byte) 0xFD, '7', 'z', 'X', 'Z', 0},
        {0x28, (byte) 0xB5, 0x2F, (byte) 0xFD},
        {'M', 'S', 'C', 'F'},
    };
    private static final byte[] TAR = {'u', 's', 't', 'a', 'r'};
    private static final int TAR_MAGIC_OFFSET = 257;

    private NestedArchives() {
    }

    static boolean isArchiveName(String path) {
        int dot = path.lastIndexOf('.');
        return dot >= 0 && EXTENSIONS.contains(path.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    static boolean isArchive(byte[] bytes) {
        for (byte[] signature : SIGNATURES) {
            if (matchesAt(bytes, 0, signature)) {
                return true;
            }
        }
        boolean bzip2 = matchesAt(bytes, 0, new byte[] {'B', 'Z', 'h'}) && bytes.length > 3
                && bytes[3] >= '1' && bytes[3] <= '9';
        return bzip2 || matchesAt(bytes, TAR_MAGIC_OFFSET, TAR);
    }

    private static boolean matchesAt(byte[] bytes, int offset, byte[] signature) {
        return bytes.length >= offset + signature.length
                && Arrays.equals(bytes, offset, offset + signature.length, signature, 0, signature.length);
    }
}
