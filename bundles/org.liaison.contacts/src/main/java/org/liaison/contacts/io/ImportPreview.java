package org.liaison.contacts.io;

import java.util.List;

/**
 * The first rows of a file as they will be read, for the person to check the dialect and map the
 * columns before anything is imported.
 *
 * @param mapping the field guessed for each column from its header ({@link ImportField#IGNORE} when unknown)
 */
public record ImportPreview(CsvDialect dialect, List<String> headers, List<List<String>> rows, List<ImportField> mapping) {
}
