package org.liaison.contacts.internal;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;

import org.liaison.store.Store;
import org.liaison.store.StoreException;

/**
 * Writes the word rows of contacts a large import listed without them, a few thousand contacts per
 * transaction, so that other writes go between the batches. Runs after such an import and at each
 * start (an import whose words were not all written when the desktop stopped).
 */
final class PendingSearchWords implements Runnable {

    private static final Logger LOG = System.getLogger(PendingSearchWords.class.getName());
    private static final int BATCH = 5_000;

    private final Store store;
    private volatile boolean stopped;

    PendingSearchWords(Store store) {
        this.store = store;
    }

    void stop() {
        stopped = true;
    }

    @Override
    public void run() {
        try {
            int written = 0;
            for (int batch = BATCH; batch == BATCH && !stopped;) {
                batch = store.transaction(connection -> SearchIndex.writePendingWords(connection, BATCH));
                written += batch;
            }
            if (written > 0) {
                LOG.log(Level.INFO, "Search words written for {0} imported contacts", written);
            }
        } catch (StoreException e) {
            LOG.log(Level.ERROR, "The search words of imported contacts could not be written; they are found through their "
                    + "listing until the next start tries again", e);
        }
    }
}
