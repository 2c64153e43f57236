package org.liaison.store.changes;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Local changes to synced tables waiting to be sent to a sync server. */
public interface Outbox {

    /** Up to {@code limit} captured changes after {@code sequence}, oldest first. */
    List<CapturedChange> after(long sequence, int limit);

    /** Forgets every change up to and including {@code sequence}: the server has them. */
    void acknowledge(long sequence);

    /** How many changes are waiting. */
    long size();

    /** The number of the newest waiting change, 0 when none waits, seen from {@code connection}'s transaction. */
    long newest(Connection connection) throws SQLException;

    /**
     * Makes the waiting changes forget what the caller's transaction erased after change {@code since}:
     * the waiting inserts and updates of every row deleted since are dropped (the delete stays), and
     * a value the transaction overwrote is overwritten in that row's earlier waiting changes too. An
     * erasure calls this before its commit, so that no copy of the erased values is left to be sent.
     */
    void forgetErased(Connection connection, long since) throws SQLException;
}
