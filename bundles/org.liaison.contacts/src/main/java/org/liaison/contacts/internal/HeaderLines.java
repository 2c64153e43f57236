package org.liaison.contacts.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Finds the header line of a file that starts with notes or blank lines, as LinkedIn's
 * Connections.csv does: of the first lines, the one with the most column names that a known
 * export or the usual names use; failing that, the first line with as many cells as most lines.
 */
final class HeaderLines {

    /** How far down a header is looked for. */
    static final int LINES_LOOKED_AT = 30;
    /** At least this many known names make a line the header whatever lies above it. */
    private static final int KNOWN_NAMES = 2;

    private HeaderLines() {
    }

    /** The header's line, counting from 1, in the first lines of a file ({@code head}, decoded). */
    static int find(String head, char delimiter) {
        String[] lines = head.split("\\r?\\n", LINES_LOOKED_AT + 1);
        int looked = Math.min(lines.length, LINES_LOOKED_AT);
        // the last line of the head may be cut, or a line of a cell running over several lines
        List<List<String>> cells = new ArrayList<>();
        for (int i = 0; i < looked; i++) {
            cells.add(cells(lines[i], delimiter));
        }
        int best = -1;
        long bestKnown = KNOWN_NAMES - 1;
        for (int i = 0; i < looked; i++) {
            long known = KnownExports.known(cells.get(i));
            if (known > bestKnown) {
                best = i;
                bestKnown = known;
            }
        }
        if (best >= 0) {
            return best + 1;
        }
        Map<Integer, Integer> linesBySize = new HashMap<>();
        cells.stream().filter(c -> c.size() > 1).forEach(c -> linesBySize.merge(c.size(), 1, Integer::sum));
        int usualSize = linesBySize.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(1);
        for (int i = 0; i < looked; i++) {
            if (cells.get(i).size() == usualSize && cells.get(i).stream().anyMatch(c -> !c.isBlank())) {
                return i + 1;
            }
        }
        return 1;
    }

    /** The lines before {@code headerLine}: those left out. */
    static List<Integer> before(int headerLine) {
        List<Integer> skipped = new ArrayList<>();
        for (int line = 1; line < headerLine; line++) {
            skipped.add(line);
        }
        return skipped;
    }

    /** Moves {@code reader} past the lines before {@code headerLine}. */
    static void skip(Reader reader, int headerLine) throws IOException {
        int newlines = 0;
        while (newlines < headerLine - 1) {
            int c = reader.read();
            if (c < 0) {
                return;
            }
            if (c == '\n') {
                newlines++;
            }
        }
    }

    private static List<String> cells(String line, char delimiter) {
        if (line.isBlank()) {
            return List.of();
        }
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get().parse(new java.io.StringReader(line))) {
            List<CSVRecord> records = parser.getRecords();
            return records.isEmpty() ? List.of() : records.get(0).toList();
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return List.of(line); // a quote opened and not closed on this line: not a header
        }
    }
}
