package org.liaison.contacts.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntPredicate;

/**
 * Imports people from CSV files as partners send them: any of {@code ,} {@code ;} and tab, UTF-8
 * with or without BOM or Windows-1252, quoted cells over several lines.
 *
 * <p>An import is a preview, then a plan (every row checked, duplicates found), then an apply in
 * one transaction; it can be reverted afterwards.
 */
public interface ContactImporter {

    /**
     * The dialect, headers, first {@code rows} rows and a mapping of {@code file}: the one saved for
     * the same headers, else one guessed from the headers.
     */
    ImportPreview preview(Path file, int rows) throws IOException;

    /**
     * As {@link #preview(Path, int)}, reading the file with {@code dialect}: with the header on
     * another line than the one found, as the person chose.
     *
     * @since 1.4
     */
    ImportPreview preview(Path file, int rows, CsvDialect dialect) throws IOException;

    /**
     * Reads every row with {@code mapping} (one field per column, several columns may feed one
     * field) and checks it. Phones without a country code are read as numbers of the row's country
     * (its country column, region or postcode, or another of its numbers written with +33 or +44),
     * else of {@code defaultCountry} (GB or FR); one that cannot be read is kept as written, unchecked,
     * with a warning.
     */
    default ImportPlan plan(Path file, CsvDialect dialect, List<ImportField> mapping, String defaultCountry, Locale locale)
            throws IOException {
        return plan(file, dialect, mapping, defaultCountry, locale, rows -> true);
    }

    /**
     * As {@link #plan(Path, CsvDialect, List, String, Locale)}, telling {@code progress} how many
     * rows were read every few hundred rows; when it answers {@code false} the reading stops with a
     * {@link java.util.concurrent.CancellationException}.
     */
    ImportPlan plan(Path file, CsvDialect dialect, List<ImportField> mapping, String defaultCountry, Locale locale,
            IntPredicate progress) throws IOException;

    /**
     * Reads every card of a vCard file (3.0 or 4.0, as phones and Apple Contacts write them) and
     * checks it as a row: a card that gives nobody (no name, no email) or a malformed email is wrong,
     * a number that cannot be read is kept as written with a warning; each row's line is the card's
     * number in the file. Apple's labels, categories, notes, organisation, job title, web addresses
     * and address parts are kept.
     *
     * @throws org.liaison.core.validation.ValidationException when a card never ends (it runs over
     *         the bound of a card), naming its number
     * @since 1.4
     */
    ImportPlan planCards(Path file, String defaultCountry, Locale locale, IntPredicate progress) throws IOException;

    /**
     * Applies the plan in one transaction: each row as {@code decisions} says by its line, or as
     * its {@link ImportRow#defaultDecision()}. {@link ImportDecision#UPDATE} is for rows that match
     * a known contact. When some rows are wrong, nothing is written unless {@code onlyValidRows}:
     * then the wrong rows are left out.
     *
     * @throws org.liaison.core.validation.ValidationException listing every wrong row, when some are
     *         wrong and {@code onlyValidRows} is false, or a row to update that matches nobody
     */
    default ImportResult apply(ImportPlan plan, Map<Integer, ImportDecision> decisions, boolean onlyValidRows, Locale locale) {
        return apply(plan, decisions, onlyValidRows, locale, () -> false);
    }

    /**
     * As {@link #apply(ImportPlan, Map, boolean, Locale)}, stopping when {@code cancelled} says so
     * (it is asked every tenth of a second while the import writes): nothing is then written, and a
     * {@link java.util.concurrent.CancellationException} is thrown.
     *
     * @since 1.1
     */
    ImportResult apply(ImportPlan plan, Map<Integer, ImportDecision> decisions, boolean onlyValidRows, Locale locale,
            java.util.function.BooleanSupplier cancelled);

    /** Removes the contacts an import created and puts back those it updated (a second revert does nothing). */
    int revert(UUID importId);

    /** Remembers which field each column holds, for the next file with the same headers. */
    void saveMapping(List<String> headers, List<ImportField> mapping);

    /** The imports made here, newest first. */
    List<ImportRecord> history();
}
