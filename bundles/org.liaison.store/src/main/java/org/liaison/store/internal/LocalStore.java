package org.liaison.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.liaison.core.clock.HlcTimestamp;
import org.liaison.core.clock.HybridLogicalClock;
import org.liaison.core.validation.ValidationException;
import org.liaison.core.validation.ValidationProblem;
import org.liaison.store.SqlWork;
import org.liaison.store.Store;
import org.liaison.store.StoreException;
import org.liaison.store.StoreException.Reason;
import org.liaison.store.changes.CapturedChange;
import org.liaison.store.changes.Operation;
import org.liaison.store.changes.Outbox;
import org.liaison.store.changes.RemoteChange;
import org.liaison.store.changes.RemoteChangeObserver;
import org.liaison.store.changes.RemoteChanges;
import org.liaison.store.internal.capture.ChangeJson;

/**
 * Transactions, the outbox and the remote-change path over one open database.
 *
 * <p>Write transactions are serialized, so that the outbox's sequence numbers follow commit order
 * and a sync client reading "everything after n" never misses a change committed late.
 */
public final class LocalStore implements Store, Outbox, RemoteChanges {

    private final DataSource dataSource;
    private final HybridLogicalClock clock;
    private final ReentrantLock writeLock = new ReentrantLock(true);
    private final ThreadLocal<Connection> current = new ThreadLocal<>();
    /** Tables written by the current thread's transaction other than through capture (remote changes). */
    private final ThreadLocal<Set<String>> remotelyWritten = new ThreadLocal<>();
    private final Consumer<Set<String>> committed;
    private volatile Map<String, Set<String>> syncedColumns = Map.of();
    private final Supplier<List<RemoteChangeObserver>> observers;
    private final Function<SQLException, StoreException> failures;
    /** Set once the database file could not be written: every later call is refused with it. */
    private volatile StoreException refusal;

    /**
     * @param committed told, after each commit, which synced tables the transaction wrote (not
     *        called when it wrote none)
     * @param failures what a statement's failure becomes for the caller (and for the store's status)
     */
    public LocalStore(DataSource dataSource, HybridLogicalClock clock, Consumer<Set<String>> committed,
            Supplier<List<RemoteChangeObserver>> observers, Function<SQLException, StoreException> failures) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.committed = committed;
        this.observers = observers;
        this.failures = failures;
    }

    /** Reads the synced tables and their columns again (after migrations). */
    public void refreshSyncedTables(Connection connection, Set<String> tables) throws SQLException {
        Map<String, Set<String>> columns = new HashMap<>();
        for (String table : tables) {
            Set<String> names = new LinkedHashSet<>();
            try (ResultSet rows = connection.getMetaData().getColumns(null, null, table, null)) {
                while (rows.next()) {
                    names.add(rows.getString("COLUMN_NAME"));
                }
            }
            columns.put(table, names);
        }
        syncedColumns = Map.copyOf(columns);
    }

    /** Moves the clock past every stamp this database already holds, so restarts never go back in time. */
    public void seedClock(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT GREATEST("
                        + "(SELECT COALESCE(MAX(LAST_HLC), 0) FROM LIAISON_NODE), "
                        + "(SELECT COALESCE(MAX(HLC), 0) FROM LIAISON_OUTBOX), "
                        + "(SELECT COALESCE(MAX(HLC), 0) FROM LIAISON_TOMBSTONE))")) {
            rows.next();
            long latest = rows.getLong(1);
            if (latest > 0) {
                clock.receive(HlcTimestamp.unpack(latest));
            }
        }
    }

    /** From now on every call is refused with {@code why}'s reason and message (the database file cannot be written). */
    void refuseFrom(StoreException why) {
        refusal = why;
    }

    private void refuseIfBroken() {
        StoreException why = refusal;
        if (why != null) {
            throw new StoreException(why.reason(), why.getMessage(), why);
        }
    }

    @Override
    public <T> T transaction(SqlWork<T> work) {
        Connection joined = current.get();
        if (joined != null) {
            return run(work, joined);
        }
        refuseIfBroken();
        writeLock.lock();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            current.set(connection);
            remotelyWritten.set(new TreeSet<>());
            try {
                HlcTimestamp stamp = clock.now();
                setStamp(connection, stamp.pack());
                long before = lastSequence(connection);
                T result = work.run(connection);
                recordLastStamp(connection, stamp.pack());
                Set<String> tables = tablesCapturedAfter(connection, before);
                tables.addAll(remotelyWritten.get());
                connection.commit();
                if (!tables.isEmpty()) {
                    // written out at once, not after the engine's write delay: what was reported saved (a person's edit,
                    // an import's batch, a pulled page with its cursor) stays saved if the process is killed a moment later
                    try (Statement checkpoint = connection.createStatement()) {
                        checkpoint.execute("CHECKPOINT");
                    }
                }
                if (!tables.isEmpty()) {
                    committed.accept(Collections.unmodifiableSet(tables));
                }
                return result;
            } catch (Throwable e) {
                rollback(connection, e);
                throw e;
            } finally {
                current.remove();
                remotelyWritten.remove();
                setStamp(connection, null);
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failures.apply(e);
        } finally {
            writeLock.unlock();
        }
    }

    private <T> T run(SqlWork<T> work, Connection connection) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw failures.apply(e);
        }
    }

    @Override
    public <T> T read(SqlWork<T> work) {
        Connection joined = current.get();
        if (joined != null) {
            return run(work, joined);
        }
        refuseIfBroken();
        try (Connection connection = dataSource.getConnection()) {
            // rolled back whatever it did: a write belongs in transaction(), where it is stamped for sync.
            // In one snapshot, so that the outbox it compares shows its own writes and not those
            // other threads commit meanwhile (a sync page, an import), which are no fault of the read.
            int isolation = connection.getTransactionIsolation();
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                long before = lastSequence(connection);
                T result = work.run(connection);
                if (capturedSince(connection, before)) {
                    throw new IllegalStateException("read() was used to write a synced table; use transaction()");
                }
                return result;
            } finally {
                try {
                    connection.rollback();
                } finally { // the pooled connection goes back as it was lent, even when the rollback failed
                    connection.setTransactionIsolation(isolation);
                    connection.setAutoCommit(true);
                }
            }
        } catch (SQLException e) {
            throw failures.apply(e);
        }
    }

    @Override
    public List<CapturedChange> after(long sequence, int limit) {
        return read(connection -> {
            List<CapturedChange> changes = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT SEQ, TABLE_NAME, ROW_ID, OP, FIELDS, HLC FROM LIAISON_OUTBOX WHERE SEQ > ? ORDER BY SEQ FETCH FIRST ? ROWS ONLY")) {
                query.setLong(1, sequence);
                query.setInt(2, limit);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        long hlc = rows.getLong(6);
                        changes.add(new CapturedChange(rows.getLong(1), rows.getString(2), rows.getObject(3, UUID.class),
                                Operation.of(rows.getString(4).charAt(0)),
                                rows.wasNull() ? null : HlcTimestamp.unpack(hlc), ChangeJson.read(rows.getString(5))));
                    }
                }
            }
            return changes;
        });
    }

    @Override
    public void acknowledge(long sequence) {
        transaction(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM LIAISON_OUTBOX WHERE SEQ <= ?")) {
                delete.setLong(1, sequence);
                return delete.executeUpdate();
            }
        });
    }

    @Override
    public long size() {
        return read(connection -> {
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM LIAISON_OUTBOX")) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    @Override
    public long newest(Connection connection) throws SQLException {
        return lastSequence(connection);
    }

    @Override
    public void forgetErased(Connection connection, long since) throws SQLException {
        OutboxErasure.forget(connection, since);
    }

    @Override
    public void apply(List<RemoteChange> changes) {
        for (RemoteChange change : changes) {
            checkKnown(change);
        }
        transaction(connection -> {
            long before = lastSequence(connection);
            List<SqlWork<?>> afterwards = observe(connection, changes);
            long latest = 0;
            for (RemoteChange change : changes) {
                latest = Math.max(latest, clock.receive(change.stamp()).pack());
                setStamp(connection, change.stamp().pack());
                write(connection, change);
                remotelyWritten.get().add(change.table());
            }
            // what the capture triggers recorded for these writes is not a local change
            try (PreparedStatement forget = connection.prepareStatement(
                    "DELETE FROM LIAISON_OUTBOX WHERE SEQ > ? AND SESSION_ID = SESSION_ID()")) {
                forget.setLong(1, before);
                forget.executeUpdate();
            }
            if (!afterwards.isEmpty()) {
                // what observers write now is this database's own doing (captured like an edit): stamped now, not with a
                // remote change's time, so that this device's stamps keep growing with its operation numbers
                setStamp(connection, clock.now().pack());
            }
            for (SqlWork<?> after : afterwards) {
                after.run(connection);
            }
            recordLastStamp(connection, latest);
            return null;
        });
    }

    @Override
    public java.util.SortedSet<String> syncedTables() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(syncedColumns.keySet()));
    }

    @Override
    public Set<String> syncedColumns(String table) {
        Set<String> columns = new TreeSet<>(syncedColumns.getOrDefault(table, Set.of()));
        columns.remove("ID");
        return Collections.unmodifiableSet(columns);
    }

    @Override
    public boolean applyAsLocalEdit(String table, UUID rowId, Map<String, Object> fields) {
        RemoteChange change = new RemoteChange(table, rowId, Operation.UPDATE, clock.now(), fields);
        checkKnown(change);
        return transaction(connection -> {
            try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM \"" + table + "\" WHERE ID = ?")) {
                exists.setObject(1, rowId);
                try (ResultSet row = exists.executeQuery()) {
                    if (!row.next()) {
                        return false;
                    }
                }
            }
            List<SqlWork<?>> afterwards = observe(connection, List.of(change));
            write(connection, change); // stamped and captured as this transaction's own
            for (SqlWork<?> after : afterwards) {
                after.run(connection);
            }
            return true;
        });
    }

    /** What the observers want done once {@code changes} are written. */
    private List<SqlWork<?>> observe(Connection connection, List<RemoteChange> changes) throws SQLException {
        List<SqlWork<?>> afterwards = new ArrayList<>();
        for (RemoteChangeObserver observer : observers.get()) {
            SqlWork<?> after = observer.beforeApply(connection, changes);
            if (after != null) {
                afterwards.add(after);
            }
        }
        return afterwards;
    }

    private void checkKnown(RemoteChange change) {
        Set<String> columns = syncedColumns.get(change.table());
        if (columns == null) {
            throw new ValidationException(ValidationProblem.field("table", "not a synced table: " + change.table()));
        }
        if (change.rowId() == null || change.operation() == null || change.stamp() == null) {
            throw new ValidationException(ValidationProblem.field("change",
                    "a remote change needs a row id, an operation and a stamp: " + change));
        }
        List<String> unknown = change.fields().keySet().stream().filter(f -> !columns.contains(f) || "ID".equals(f))
                .collect(Collectors.toList());
        if (!unknown.isEmpty()) {
            throw new ValidationException(ValidationProblem.field("fields",
                    "table " + change.table() + " has no column(s) " + unknown));
        }
    }

    private static void write(Connection connection, RemoteChange change) throws SQLException {
        if (change.operation() == Operation.DELETE) {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM \"" + change.table() + "\" WHERE ID = ?")) {
                delete.setObject(1, change.rowId());
                if (delete.executeUpdate() == 0) { // already gone here: still remember the deletion
                    try (PreparedStatement tombstone = connection.prepareStatement(
                            "MERGE INTO LIAISON_TOMBSTONE (TABLE_NAME, ROW_ID, HLC) KEY (TABLE_NAME, ROW_ID) VALUES (?, ?, @LIAISON_HLC)")) {
                        tombstone.setString(1, change.table());
                        tombstone.setObject(2, change.rowId());
                        tombstone.executeUpdate();
                    }
                }
            }
            return;
        }
        List<String> names = new ArrayList<>(change.fields().keySet());
        StringBuilder sql = new StringBuilder("MERGE INTO \"").append(change.table()).append("\" (ID");
        names.forEach(n -> sql.append(", \"").append(n).append('"'));
        sql.append(") KEY (ID) VALUES (?");
        names.forEach(n -> sql.append(", ?"));
        sql.append(')');
        try (PreparedStatement merge = connection.prepareStatement(sql.toString())) {
            merge.setObject(1, change.rowId());
            for (int i = 0; i < names.size(); i++) {
                Object value = change.fields().get(names.get(i));
                merge.setObject(i + 2, value instanceof List<?> list ? list.toArray() : value);
            }
            merge.executeUpdate();
        }
    }

    /** Whether this transaction's snapshot holds outbox rows after {@code sequence}: its own captured writes. */
    private static boolean capturedSince(Connection connection, long sequence) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM LIAISON_OUTBOX WHERE SEQ > ?")) {
            query.setLong(1, sequence);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1) > 0;
            }
        }
    }

    private static long lastSequence(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COALESCE(MAX(SEQ), 0) FROM LIAISON_OUTBOX")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static Set<String> tablesCapturedAfter(Connection connection, long sequence) throws SQLException {
        Set<String> tables = new TreeSet<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT DISTINCT TABLE_NAME FROM LIAISON_OUTBOX WHERE SEQ > ?")) {
            query.setLong(1, sequence);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
        }
        return tables;
    }

    private static void setStamp(Connection connection, Long packed) throws SQLException {
        try (PreparedStatement set = connection.prepareStatement("SET @LIAISON_HLC = ?")) {
            if (packed == null) {
                set.setNull(1, java.sql.Types.BIGINT);
            } else {
                set.setLong(1, packed);
            }
            set.execute();
        }
    }

    private static void recordLastStamp(Connection connection, long packed) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE LIAISON_NODE SET LAST_HLC = ? WHERE LAST_HLC < ?")) {
            update.setLong(1, packed);
            update.setLong(2, packed);
            update.executeUpdate();
        }
    }

    private static void rollback(Connection connection, Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    static StoreException sqlFailure(SQLException e) {
        return new StoreException(Reason.SQL, e.getMessage(), e);
    }
}
