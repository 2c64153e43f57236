package org.liaison.sync.ui.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.liaison.sync.protocol.ConflictList.Conflict;
import org.liaison.workbench.RecordLabels;

/**
 * A conflict as the Sync view lists it: what kind of record, which one and which field in words
 * ("Person", "Marie Seyner", "Family name"), as the areas describe their tables; the table's and
 * column's names and the row's id where no area does.
 */
record ShownConflict(Conflict conflict, String kind, String record, String field) {

    /** Reads the records' names from this desktop's database: off the UI thread. */
    static ShownConflict of(Conflict conflict, List<RecordLabels> labels, Locale locale) {
        return new ShownConflict(conflict,
                first(labels, l -> l.kind(conflict.table(), locale)).orElse(conflict.table()),
                first(labels, l -> l.record(conflict.table(), conflict.row())).orElse(conflict.row().toString().substring(0, 8)),
                first(labels, l -> l.field(conflict.table(), conflict.column(), locale)).orElse(conflict.column()));
    }

    private static Optional<String> first(List<RecordLabels> labels, Function<RecordLabels, Optional<String>> label) {
        return labels.stream().map(label).flatMap(Optional::stream).findFirst();
    }
}
