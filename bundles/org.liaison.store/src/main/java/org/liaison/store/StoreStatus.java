package org.liaison.store;

import java.util.List;
import java.util.Optional;

/**
 * What the store is doing. Always registered, so that the desktop and the server can tell a
 * person why the database is not there.
 */
public interface StoreStatus {

    enum State {
        STARTING, OPEN, FAILED
    }

    State state();

    /** Why the store failed, when {@link #state()} is {@code FAILED}. */
    Optional<StoreException> failure();

    /** Where the database is, for people: a folder, or "in memory". */
    String location();

    /** Every schema change applied, in order. Empty unless open. */
    List<AppliedMigration> migrations();

    /** Captured changes not yet acknowledged by a sync server. */
    long pendingChanges();

    /**
     * Where other processes reach the database when its TCP server is on, as {@code host:port}
     * (connect with the owner's password); empty when it is off.
     */
    Optional<String> serverAddress();
}
