package org.liaison.contacts.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Imports people from CSV files as partners send them: any of {@code ,} {@code ;} and tab, UTF-8
 * with or without BOM or Windows-1252, quoted cells over several lines.
 *
 * <p>An import is a preview, then a plan (every row checked, duplicates found), then an apply in
 * one transaction; it can be reverted afterwards.
 */
public interface ContactImporter {

    /** The dialect, headers, first {@code rows} rows and a guessed mapping of {@code file}. */
    ImportPreview preview(Path file, int rows) throws IOException;

    /**
     * Reads every row with {@code mapping} (one field per column) and checks it. Phones without a
     * country code are read as numbers of {@code defaultCountry} (GB or FR).
     */
    ImportPlan plan(Path file, CsvDialect dialect, List<ImportField> mapping, String defaultCountry, Locale locale)
            throws IOException;

    /**
     * Creates the people of the plan in one transaction. Rows whose line is in {@code skip}
     * (duplicates the person chose to leave out) are not created. When some rows are wrong, nothing
     * is written unless {@code onlyValidRows}: then the wrong rows are left out.
     *
     * @throws org.liaison.core.validation.ValidationException listing every wrong row, when some are
     *         wrong and {@code onlyValidRows} is false
     */
    ImportResult apply(ImportPlan plan, Set<Integer> skip, boolean onlyValidRows, Locale locale);

    /** Removes the contacts an import created (a second revert does nothing). */
    int revert(java.util.UUID importId);
}
