package org.liaison.store;

import org.liaison.store.changes.Outbox;
import org.liaison.store.changes.RemoteChanges;

/** A database opened by {@link StoreFactory}, with the services the process's own store registers. */
public interface OpenStore extends AutoCloseable {

    Store store();

    Outbox outbox();

    RemoteChanges remoteChanges();

    /**
     * The network keys kept beside this database (in memory for one in memory).
     *
     * @since 1.3
     */
    NetworkKeys networkKeys();

    /** Where it is, for messages. */
    String location();

    /** Shuts the database down cleanly. */
    @Override
    void close();

    /**
     * Stops the database at once, without finishing or rolling back what is in progress, as when
     * the process is killed: what was committed must be there when it is opened again.
     */
    void closeAbruptly();
}
