package org.liaison.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

import org.h2.jdbcx.JdbcConnectionPool;
import org.liaison.core.clock.HybridLogicalClock;
import org.liaison.store.NetworkKeys;
import org.liaison.store.OpenStore;
import org.liaison.store.Store;
import org.liaison.store.StoreException;
import org.liaison.store.StoreException.Reason;
import org.liaison.store.StoreFactory;
import org.liaison.store.changes.Outbox;
import org.liaison.store.changes.RemoteChanges;

/** Databases opened beside the main one, migrated by the same runtime. */
final class StoreReplicas implements StoreFactory {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final StoreRuntime runtime;

    StoreReplicas(StoreRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public OpenStore openInMemory(String name, HybridLogicalClock clock) {
        checkName(name);
        return open("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "memory:" + name, clock, null, new KeyRingFile(null));
    }

    @Override
    public OpenStore openFile(Path directory, String name, HybridLogicalClock clock) {
        checkName(name);
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new StoreException(Reason.UNWRITABLE, "cannot create " + directory + ": " + e.getMessage(), e);
        }
        Path file = directory.toAbsolutePath().resolve(name);
        return open("jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE", file.toString(), clock, directory.resolve("backups"),
                new KeyRingFile(directory.toAbsolutePath().resolve(name + ".keys")));
    }

    private static void checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a database name is 1 to 64 letters, digits, '-' or '_': " + name);
        }
    }

    private OpenStore open(String url, String location, HybridLogicalClock clock, Path backups, KeyRingFile keys) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "LIAISON", "");
        try {
            LocalStore store = runtime.openReplica(pool, clock, backups);
            return new Replica(pool, store, location, keys);
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
    }

    private static final class Replica implements OpenStore {

        private final JdbcConnectionPool pool;
        private final LocalStore store;
        private final String location;

        private final NetworkKeys keys;

        Replica(JdbcConnectionPool pool, LocalStore store, String location, NetworkKeys keys) {
            this.keys = keys;
            this.pool = pool;
            this.store = store;
            this.location = location;
        }

        @Override
        public Store store() {
            return store;
        }

        @Override
        public Outbox outbox() {
            return store;
        }

        @Override
        public RemoteChanges remoteChanges() {
            return store;
        }

        @Override
        public NetworkKeys networkKeys() {
            return keys;
        }

        @Override
        public String location() {
            return location;
        }

        @Override
        public void close() {
            shutdown("SHUTDOWN");
        }

        @Override
        public void closeAbruptly() {
            shutdown("SHUTDOWN IMMEDIATELY");
        }

        private void shutdown(String command) {
            try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute(command);
            } catch (SQLException e) {
                throw LocalStore.sqlFailure(e);
            } finally {
                pool.dispose();
            }
        }
    }
}
