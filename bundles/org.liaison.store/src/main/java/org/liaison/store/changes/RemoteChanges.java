package org.liaison.store.changes;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Applies changes received from elsewhere, without capturing them again into the outbox. */
public interface RemoteChanges {

    /**
     * Applies {@code changes} in order, in one transaction, and merges their stamps into the local
     * hybrid logical clock. Either all are applied or none.
     */
    void apply(List<RemoteChange> changes);

    /**
     * The synced tables: those whose rows are captured here and can be applied from elsewhere.
     *
     * @since 1.2
     */
    java.util.SortedSet<String> syncedTables();

    /**
     * The columns of a synced table that changes may write (its id aside); empty for a table that is
     * not synced here.
     *
     * @since 1.3
     */
    java.util.Set<String> syncedColumns(String table);

    /**
     * Writes values made elsewhere into an existing row as this desktop's own edit: captured like
     * any local edit (so it is sent on with a new stamp), while data derived from the table follows
     * as for received changes ({@link RemoteChangeObserver}). How the losing side of a sync
     * conflict is put back.
     *
     * @param fields column values, in the form of {@link CapturedChange#fields()}
     * @return whether the row was there to update (a row deleted meanwhile is not made again)
     * @since 1.2
     */
    boolean applyAsLocalEdit(String table, UUID rowId, Map<String, Object> fields);
}
