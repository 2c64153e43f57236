package org.liaison.workbench;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Says in words what a row of a synced table is, for views that would otherwise show a table's
 * and a column's name and a row's id (the Sync view's list of conflicts). Each area describes its
 * own tables ({@link TextRecordLabels} does it from texts and fixed queries); a table no area
 * describes is shown by its name.
 *
 * @since 1.1
 */
public interface RecordLabels {

    /** What a row of {@code table} is ("Person", "Email address"); empty for a table of another area. */
    Optional<String> kind(String table, Locale locale);

    /** The column as the area's forms name it ("Family name"); empty when this area does not name it. */
    Optional<String> field(String table, String column, Locale locale);

    /**
     * The record as staff know it: a person's name, or the person's name for one of their email
     * addresses. Read from this desktop's database; empty when the row is not there (deleted
     * since) or the table is another area's.
     */
    Optional<String> record(String table, UUID row);
}
