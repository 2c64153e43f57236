package org.liaison.contacts.internal;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class RecordBoundReaderTest {

    /** A gigabyte of text: a row that opens a quote, then lines that never close it. */
    private static final class UnclosedGigabyte extends Reader {
        private static final String START = "name,email\nAnn,\"ann@";
        long served;

        @Override
        public int read(char[] buffer, int offset, int length) {
            if (served >= 1L << 30) {
                return -1;
            }
            for (int i = 0; i < length; i++, served++) {
                buffer[offset + i] = served < START.length() ? START.charAt((int) served) : served % 64 == 63 ? '\n' : 'x';
            }
            return length;
        }

        @Override
        public void close() {
        }
    }

    @Test
    void aQuoteNeverClosedStopsTheParserAtTheBoundNotAtTheEndOfTheFile() throws IOException {
        UnclosedGigabyte file = new UnclosedGigabyte();
        RecordBoundReader bound = new RecordBoundReader(file, 1024 * 1024);
        try (CSVParser parser = CSVFormat.DEFAULT.parse(bound)) {
            var records = parser.iterator();
            CSVRecord header = records.next();
            bound.recordEnded();
            UncheckedIOException e = assertThrows(UncheckedIOException.class, records::next, "the header was " + header);
            assertTrue(RecordBoundReader.tooLong(e), e.toString());
        }
        assertTrue(file.served < 2 * 1024 * 1024, "read " + file.served + " characters of a gigabyte");
    }

    @Test
    void rowsWithinTheBoundAreReadWhateverTheFilesLength() throws IOException {
        StringBuilder rows = new StringBuilder("name,email\n");
        for (int i = 0; i < 50_000; i++) {
            rows.append("Person ").append(i).append(",p").append(i).append("@example.test\n");
        }
        RecordBoundReader bound = new RecordBoundReader(new java.io.StringReader(rows.toString()), 16 * 1024);
        int read = 0;
        try (CSVParser parser = CSVFormat.DEFAULT.parse(bound)) {
            for (CSVRecord record : parser) {
                bound.recordEnded();
                read += record.size() == 2 ? 1 : 0;
            }
        }
        assertTrue(read == 50_001, read + " rows of 50,001 read through a bound of 16 k characters a row");
    }
}
