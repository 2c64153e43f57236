package org.liaison.contacts.internal;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.liaison.store.Store;
import org.liaison.store.StoreException;

/**
 * Rebuilds the search words of every contact when the rules that make them changed (a newer
 * desktop on an older database), in the background and a few hundred contacts per transaction,
 * so that the desktop stays usable and other writes go between the batches. Until it is done,
 * contacts are found by their old words.
 */
final class SearchIndexRebuild implements Runnable {

    private static final Logger LOG = System.getLogger(SearchIndexRebuild.class.getName());
    private static final int BATCH = 500;
    /** How long to wait for the contacts' tables, which the store creates once it sees this bundle. */
    private static final Duration TABLES_WAIT = Duration.ofMinutes(2);

    private final Store store;
    private final SearchIndex index;
    private volatile boolean stopped;

    SearchIndexRebuild(Store store, SearchIndex index) {
        this.store = store;
        this.index = index;
    }

    void stop() {
        stopped = true;
    }

    @Override
    public void run() {
        try {
            Integer version = builtVersion();
            if (version == null || version >= SearchIndex.VERSION) {
                return;
            }
            List<UUID> contacts = store.read(connection -> ids(connection));
            if (!contacts.isEmpty()) {
                LOG.log(Level.INFO, "Rebuilding the search words of {0} contacts (index version {1} to {2})", contacts.size(), version,
                        SearchIndex.VERSION);
            }
            for (int from = 0; from < contacts.size() && !stopped; from += BATCH) {
                List<UUID> batch = contacts.subList(from, Math.min(contacts.size(), from + BATCH));
                store.transaction(connection -> {
                    index.rebuildAll(connection, batch);
                    return null;
                });
            }
            if (!stopped) {
                store.transaction(connection -> {
                    try (PreparedStatement done = connection.prepareStatement(
                            "UPDATE CONTACT_SEARCH_STATE SET INDEX_VERSION = ? WHERE ID = 1")) {
                        done.setInt(1, SearchIndex.VERSION);
                        return done.executeUpdate();
                    }
                });
                if (!contacts.isEmpty()) {
                    LOG.log(Level.INFO, "Search words rebuilt");
                }
            }
        } catch (StoreException | InterruptedException e) {
            LOG.log(Level.ERROR, "The search words could not be rebuilt; searches use the old ones until the next start", e);
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The version the index was built with, once the table exists; {@code null} when stopped first. */
    private Integer builtVersion() throws InterruptedException {
        long deadline = System.nanoTime() + TABLES_WAIT.toNanos();
        while (!stopped) {
            try {
                return store.read(connection -> {
                    try (PreparedStatement query = connection.prepareStatement(
                            "SELECT INDEX_VERSION FROM CONTACT_SEARCH_STATE WHERE ID = 1"); ResultSet row = query.executeQuery()) {
                        return row.next() ? row.getInt(1) : SearchIndex.VERSION;
                    }
                });
            } catch (StoreException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(250); // the table comes with this bundle's migration, which may not have run yet
            }
        }
        return null;
    }

    private static List<UUID> ids(Connection connection) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT ID FROM CONTACT_PERSON WHERE NOT ERASED UNION ALL SELECT ID FROM CONTACT_ORGANISATION WHERE NOT ERASED");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getObject(1, UUID.class));
            }
        }
        return ids;
    }
}
