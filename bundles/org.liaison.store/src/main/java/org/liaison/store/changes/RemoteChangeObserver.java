package org.liaison.store.changes;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.liaison.store.SqlWork;

/**
 * Keeps data derived from synced tables (a search index, a summary) right when changes made
 * elsewhere are applied: register one as a service (whiteboard). It is called in the applying
 * transaction before the changes are written, so that it can note what rows about to change or go
 * belong to; the work it returns runs after they are written, in the same transaction.
 */
@FunctionalInterface
public interface RemoteChangeObserver {

    /** @return what to do once {@code changes} are written, or null for nothing */
    SqlWork<?> beforeApply(Connection connection, List<RemoteChange> changes) throws SQLException;
}
