package org.liaison.contacts.internal;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

import org.liaison.store.Store;
import org.liaison.store.StoreException;

/**
 * Stops an import's transaction when the person importing asks: a watcher polls the request and
 * cancels the statement under way (the engine's {@code CANCEL_SESSION}), so that a long write ends
 * within a fraction of a second, and the transaction rolls everything back.
 */
final class ImportCancellation implements AutoCloseable {

    private static final Logger LOG = System.getLogger(ImportCancellation.class.getName());
    private static final long POLL_MILLIS = 100;
    private static final long RECANCEL_MILLIS = 10;

    private final Store store;
    private final BooleanSupplier requested;
    private final int session;
    private final Thread watcher;
    private volatile boolean cancelled;

    /** Watches {@code requested} while the transaction on {@code connection} runs. */
    ImportCancellation(Store store, Connection connection, BooleanSupplier requested) throws SQLException {
        this.store = store;
        this.requested = requested;
        try (PreparedStatement query = connection.prepareStatement("SELECT SESSION_ID()"); ResultSet row = query.executeQuery()) {
            row.next();
            session = row.getInt(1);
        }
        watcher = new Thread(this::watch, "liaison-import-cancellation");
        watcher.setDaemon(true);
        watcher.start();
    }

    private void watch() {
        try {
            while (!requested.getAsBoolean()) {
                Thread.sleep(POLL_MILLIS);
            }
            cancelled = true;
            // again and again until the import ends: between two statements (rows made ready in Java) there is none to
            // cancel, and a call that comes then is lost
            while (true) {
                cancelRunningStatement();
                Thread.sleep(RECANCEL_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the import ended
        } catch (StoreException e) {
            // the import still stops, at its checkpoint before the commit
            LOG.log(Level.WARNING, "The running import statement could not be cancelled", e);
        }
    }

    private void cancelRunningStatement() {
        store.read(connection -> {
            try (PreparedStatement cancel = connection.prepareStatement("CALL CANCEL_SESSION(?)")) {
                cancel.setInt(1, session);
                return cancel.execute();
            }
        });
    }

    /** Whether the person asked to stop: the transaction is to be rolled back. */
    boolean cancelled() {
        return cancelled;
    }

    /** Stops the import here, before it commits, when the person asked. */
    void checkpoint() {
        if (cancelled || requested.getAsBoolean()) {
            cancelled = true;
            throw new CancellationException("the import was cancelled: nothing was written");
        }
    }

    /** Stops watching; waits for a cancel under way, so that none reaches the rollback or a later statement. */
    @Override
    public void close() {
        watcher.interrupt();
        try {
            watcher.join(POLL_MILLIS * 10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
