package org.liaison.contacts.io;

import java.util.List;

/**
 * Every row of a file, checked against the rules and against the contacts already known.
 *
 * @param skippedLines the lines left out as no contact's: notes before the header line, a total or
 *        a signature after the last row (since 1.4)
 */
public record ImportPlan(String fileName, List<ImportRow> rows, List<Integer> skippedLines) {

    public ImportPlan {
        rows = List.copyOf(rows);
        skippedLines = List.copyOf(skippedLines);
    }

    public ImportPlan(String fileName, List<ImportRow> rows) {
        this(fileName, rows, List.of());
    }

    /** The rows imported with something doubtful in them. @since 1.4 */
    public long rowsWithWarnings() {
        return rows.stream().filter(r -> r.valid() && !r.warnings().isEmpty()).count();
    }

    public long validRows() {
        return rows.size() - invalidRows();
    }


    public long invalidRows() {
        return rows.stream().filter(r -> !r.valid()).count();
    }

    public long duplicateRows() {
        return rows.stream().filter(ImportRow::duplicate).count();
    }
}
