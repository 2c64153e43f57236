package org.liaison.contacts.io;

import java.util.List;

/**
 * The first rows of a file as they will be read, for the person to check the dialect and map the
 * columns before anything is imported.
 *
 * @param mapping the field guessed for each column from its header ({@link ImportField#IGNORE} when unknown)
 * @param program the program the file seems to come from (since 1.4)
 * @param skippedLines the lines before the header line, left out (since 1.4)
 * @param proposedCountry the country (GB or FR) to read telephone numbers written without their code
 *        in, proposed from the file's language and postcodes, or {@code null} when they do not tell (since 1.4)
 */
public record ImportPreview(CsvDialect dialect, List<String> headers, List<List<String>> rows, List<ImportField> mapping,
        ExportProgram program, List<Integer> skippedLines, String proposedCountry) {

    /** A preview of a spreadsheet whose header is its first line, from no program recognised. */
    public ImportPreview(CsvDialect dialect, List<String> headers, List<List<String>> rows, List<ImportField> mapping) {
        this(dialect, headers, rows, mapping, ExportProgram.SPREADSHEET, List.of(), null);
    }

    public ImportPreview {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
        mapping = List.copyOf(mapping);
        skippedLines = List.copyOf(skippedLines);
    }
}
