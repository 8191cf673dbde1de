package org.greencustoms.elearning.people.control;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An enrolment file decoded strictly as UTF-8, with the offsets its physical lines start at. Strict, because a
 * file saved by Excel as plain "CSV" is Windows-1252, and decoding it leniently would enrol "Jos?" instead of José
 * and print it on a certificate; the trainer is told to save it as CSV UTF-8 instead.
 */
final class EnrolmentText {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final int SAMPLE = 4096;
    private static final Pattern BLANK = Pattern.compile("[\\s\\p{Z},;]*");

    private final String text;
    private final int[] lineStarts;

    private EnrolmentText(String text) {
        this.text = text;
        this.lineStarts = lineStarts(text);
    }

    /** The text without its byte order mark, or empty with the problem added when it is not UTF-8. */
    static Optional<EnrolmentText> decode(byte[] bytes, List<RowProblem> problems) {
        if (startsWith(bytes, ZIP) || startsWith(bytes, OLE2)) {
            problems.add(RowProblem.file(EnrolmentMessage.WORKBOOK));
            return Optional.empty();
        }
        int utf16 = utf16Offset(bytes);
        if (utf16 >= 0) {
            problems.add(RowProblem.at(lineOf(bytes, utf16), "", EnrolmentMessage.BAD_ENCODING, "UTF-16"));
            return Optional.empty();
        }
        int start = startsWith(bytes, UTF8_BOM) ? UTF8_BOM.length : 0;
        try {
            return Optional.of(new EnrolmentText(decoder().decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                    .toString()));
        } catch (CharacterCodingException e) {
            problems.add(RowProblem.at(lineOf(bytes, firstBadByte(bytes, start)), "", EnrolmentMessage.BAD_ENCODING,
                    "Windows-1252/ISO-8859-1"));
            return Optional.empty();
        }
    }

    String text() {
        return text;
    }

    /** The 1-based physical line of a character offset; CR LF, LF and a lone CR each end a line, as for Commons CSV. */
    int lineOf(long offset) {
        int found = Arrays.binarySearch(lineStarts, (int) Math.min(offset, Integer.MAX_VALUE));
        return found >= 0 ? found + 1 : -found - 1;
    }

    /** The first line with more than whitespace and separators, the header's; empty if there is none. */
    Optional<Integer> firstFilledLine() {
        for (int line = 0; line < lineStarts.length; line++) {
            if (!BLANK.matcher(line(line + 1)).matches()) {
                return Optional.of(line + 1);
            }
        }
        return Optional.empty();
    }

    /** The text of a 1-based line, without its line break. */
    String line(int line) {
        int from = lineStarts[line - 1];
        int to = line < lineStarts.length ? lineStarts[line] : text.length();
        while (to > from && (text.charAt(to - 1) == '\n' || text.charAt(to - 1) == '\r')) {
            to--;
        }
        return text.substring(from, to);
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                if (i + 1 < text.length()) {
                    starts.add(i + 1);
                }
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Where UTF-16 shows, or -1: its byte order mark, or NUL bytes, which UTF-8 text never has but UTF-16 has in
     * every other byte of Latin text (a tenth of the sample is plenty, and keeps a stray NUL from being taken for it).
     */
    private static int utf16Offset(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            return 0;
        }
        int sample = Math.min(bytes.length, SAMPLE);
        int nuls = 0;
        int first = -1;
        for (int i = 0; i < sample; i++) {
            if (bytes[i] == 0) {
                nuls++;
                first = first < 0 ? i : first;
            }
        }
        return nuls > 0 && nuls * 10 >= sample ? first : -1;
    }

    private static CharsetDecoder decoder() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static int firstBadByte(byte[] bytes, int start) {
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        decoder().decode(in, CharBuffer.allocate(bytes.length + 1), true);
        return in.position();
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 == bytes.length || bytes[i + 1] != '\n'))) {
                line++;
            }
        }
        return line;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
