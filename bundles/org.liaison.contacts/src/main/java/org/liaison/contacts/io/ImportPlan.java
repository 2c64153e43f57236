package org.liaison.contacts.io;

import java.util.List;

/** Every row of a file, checked against the rules and against the contacts already known. */
public record ImportPlan(String fileName, List<ImportRow> rows) {

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
