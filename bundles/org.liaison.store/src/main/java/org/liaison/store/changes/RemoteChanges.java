package org.liaison.store.changes;

import java.util.List;

/** Applies changes received from elsewhere, without capturing them again into the outbox. */
public interface RemoteChanges {

    /**
     * Applies {@code changes} in order, in one transaction, and merges their stamps into the local
     * hybrid logical clock. Either all are applied or none.
     */
    void apply(List<RemoteChange> changes);
}
