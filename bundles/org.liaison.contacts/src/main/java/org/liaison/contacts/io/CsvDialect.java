package org.liaison.contacts.io;

import java.nio.charset.Charset;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;

/**
 * How a CSV file is written: its character set, whether it starts with a byte-order mark, its
 * delimiter and the line of its header. {@link #detect} reads it off the first bytes of a file, as
 * partners' spreadsheets come in every form (Excel in France writes {@code ;} and Windows-1252,
 * LinkedIn writes a few lines of notes before the header).
 *
 * @param headerLine the line the header is on, counting from 1; the lines before it are not read
 *        (since 1.4)
 */
public record CsvDialect(Charset charset, boolean byteOrderMark, char delimiter, int headerLine) {

    public CsvDialect {
        if (headerLine < 1) {
            throw new IllegalArgumentException("the header line counts from 1, not " + headerLine);
        }
    }

    /** A file whose header is its first line. */
    public CsvDialect(Charset charset, boolean byteOrderMark, char delimiter) {
        this(charset, byteOrderMark, delimiter, 1);
    }

    /** The same dialect with the header on {@code line}. @since 1.4 */
    public CsvDialect withHeaderLine(int line) {
        return new CsvDialect(charset, byteOrderMark, delimiter, line);
    }

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final char[] DELIMITERS = { ',', ';', '\t' };

    /** The dialect of a file whose first bytes (a few kilobytes) are {@code head}. */
    public static CsvDialect detect(byte[] head) {
        boolean bom = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
        Charset charset = bom || isUtf8(head, bom ? 3 : 0) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        String text = new String(head, bom ? 3 : 0, head.length - (bom ? 3 : 0), charset);
        return new CsvDialect(charset, bom, delimiter(text));
    }

    private static boolean isUtf8(byte[] bytes, int offset) {
        // a cut-off last character is fine: only complete, well-formed sequences are checked
        int end = bytes.length;
        while (end > offset && end > bytes.length - 4 && (bytes[end - 1] & 0xC0) == 0x80) {
            end--;
        }
        if (end > offset && (bytes[end - 1] & 0xC0) == 0xC0) {
            end--;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, offset, end - offset));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /**
     * The candidate delimiter that most of the first lines hold the same number of times, outside
     * quotes (lines of notes before the header hold it a different number of times, or not at all).
     */
    private static char delimiter(String text) {
        String[] lines = text.split("\r?\n", 41);
        char best = ',';
        int bestScore = -1;
        for (char candidate : DELIMITERS) {
            java.util.Map<Integer, Integer> linesByCount = new java.util.HashMap<>();
            for (int i = 0; i < Math.min(lines.length, 40); i++) {
                int count = count(lines[i], candidate);
                if (count > 0) {
                    linesByCount.merge(count, 1, Integer::sum);
                }
            }
            for (java.util.Map.Entry<Integer, Integer> same : linesByCount.entrySet()) {
                int score = same.getValue() * 1000 + same.getKey();
                if (score > bestScore) {
                    bestScore = score;
                    best = candidate;
                }
            }
        }
        return best;
    }

    private static int count(String line, char delimiter) {
        int n = 0;
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == delimiter && !quoted) {
                n++;
            }
        }
        return n;
    }
}
