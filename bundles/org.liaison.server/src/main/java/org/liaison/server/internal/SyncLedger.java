package org.liaison.server.internal;

import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;

import org.liaison.core.clock.HlcTimestamp;
import org.liaison.core.clock.HybridLogicalClock;
import org.liaison.store.Store;
import org.liaison.store.changes.Operation;
import org.liaison.store.changes.RemoteChange;
import org.liaison.store.changes.RemoteChanges;
import org.liaison.sync.protocol.Checksums;
import org.liaison.sync.protocol.Checksums.TableChecksum;
import org.liaison.sync.protocol.ConflictList;
import org.liaison.sync.protocol.ConflictList.Conflict;
import org.liaison.sync.protocol.PullResponse;
import org.liaison.sync.protocol.PushRequest;
import org.liaison.sync.protocol.PushResponse;
import org.liaison.sync.protocol.PushResponse.Refusal;
import org.liaison.sync.protocol.PushedChange;
import org.liaison.sync.protocol.RowDigest;
import org.liaison.sync.protocol.ServerChange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The server side of sync: merges pushed changes field by field (last writer by hybrid logical
 * clock wins; a deleted row stays deleted), keeps each synced row's merged state with a
 * commit-ordered cursor for pulls, and records conflicts with the losing value.
 *
 * <p>Each push is one transaction of the store, which serializes writers: cursors are taken from a
 * sequence inside it, so cursor order is commit order and a pull never skips a late commit.
 */
final class SyncLedger {

    private static final System.Logger LOG = System.getLogger(SyncLedger.class.getName());
    static final Pattern COLUMN = Pattern.compile("[A-Z][A-Z0-9_]{0,127}");
    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, List<Object>>> STAMPS = new TypeReference<>() {
    };

    private final Store store;
    private final RemoteChanges remote;
    private final HybridLogicalClock clock;
    private final ObjectMapper json;

    SyncLedger(Store store, RemoteChanges remote, HybridLogicalClock clock, ObjectMapper json) {
        this.store = store;
        this.remote = remote;
        this.clock = clock;
        this.json = json;
    }

    /** The most a pull page holds of rows' stored text (about its size in JSON), whatever the number of rows asked. */
    static final long MAX_PAGE_CHARACTERS = 4L * 1024 * 1024;

    /** The reason of a change refused for a value its column cannot take, after the table's name. */
    private static final String NOT_OF_ITS_COLUMN = ": a value does not fit its column";

    /** Longest a pull may wait for a change. */
    static final int MAX_WAIT_SECONDS = 30;

    /** Counts committed pushes; pulls that wait are woken on it. */
    private final Object commits = new Object();
    private long pushes;

    PushResponse push(Session session, PushRequest request) {
        PushResponse response = merge(session, request);
        committed();
        return response;
    }

    /**
     * Wakes the pulls that wait for changes. {@link #push} does it; a caller that pushes within a
     * transaction of its own does it again once that transaction has committed.
     */
    void committed() {
        synchronized (commits) {
            pushes++;
            commits.notifyAll();
        }
    }

    private PushResponse merge(Session session, PushRequest request) {
        if (!session.deviceId().toString().equals(request.deviceId())) {
            throw new SyncFailure(403, "device-mismatch", "this token pushes for device " + session.deviceId()
                    + ", not for " + request.deviceId());
        }
        List<PushedChange> changes = request.changes() == null ? List.of() : request.changes();
        return store.transaction(connection -> {
            long last = lastSeq(connection, session.deviceId());
            if (diverged(changes, last, lastStamp(connection, session.deviceId()), receivedStamps(connection, session.deviceId(), changes, last))) {
                throw new SyncFailure(409, "device-diverged", "this push goes back over operations " + changes.get(0).seq() + " to "
                        + last + " of device " + session.deviceId() + " with other changes than those received: the desktop was "
                        + "restored from a backup or copied; register it as a new device and send its changes again");
            }
            Set<String> synced = remote.syncedTables();
            // the tables written once for the whole batch (their derived data, such as search words, made once a row);
            // if any change cannot be written, each is merged again on its own, so that only that one is refused
            Savepoint whole = connection.setSavepoint();
            try {
                List<RemoteChange> writes = new ArrayList<>();
                PushResponse response = merge(connection, session, request, changes, last, synced, writes::add, false);
                remote.apply(writes);
                connection.releaseSavepoint(whole);
                return response;
            } catch (SyncFailure e) {
                throw e;
            } catch (RuntimeException | SQLException e) {
                connection.rollback(whole);
                // not the exception: the database's message holds the statement and the values sent
                LOG.log(Level.INFO, "A change of a push from device {0} could not be written with the others ({1}); merging them "
                        + "one by one", request.deviceId(), problem(e));
                return merge(connection, session, request, changes, last, synced, write -> remote.apply(List.of(write)), true);
            }
        });
    }

    /**
     * Merges the changes of a push after the device's last operation {@code last} into the ledger,
     * handing the table writes to {@code write}.
     *
     * @param oneByOne whether each change is merged under its own savepoint and refused alone when it fails
     *        (else a failure ends the merge)
     */
    private PushResponse merge(Connection connection, Session session, PushRequest request, List<PushedChange> changes, long last,
            Set<String> synced, Consumer<RemoteChange> write, boolean oneByOne) throws SQLException {
        Map<Long, Long> stamps = new LinkedHashMap<>();
        List<Refusal> refused = new ArrayList<>();
        KeepRules kept = KeepRules.read(connection, this::load);
        PushedValues values = new PushedValues();
        int conflicts = 0;
        long previous = Long.MIN_VALUE;
        Long lastStamp = null;
        Map<Long, Long> received = new LinkedHashMap<>();
        List<PushedChange> fresh = new ArrayList<>(changes.size());
        for (PushedChange change : changes) {
            if (change == null) {
                throw SyncFailure.malformed("a change of the push is null");
            }
            if (change.seq() <= previous) {
                throw SyncFailure.malformed("operation numbers must increase: " + change.seq() + " after " + previous);
            }
            previous = change.seq();
            if (change.seq() <= last) {
                continue; // received before: the device did not get our answer
            }
            last = change.seq();
            lastStamp = change.stamp();
            received.put(change.seq(), change.stamp());
            fresh.add(change);
        }
        for (PushedChange change : RemovedWith.ownersFirst(fresh, kept.all())) {
            String problem = problemWith(change, synced);
            if (problem == null) {
                problem = kept.broken(connection, change, session.account());
                if (problem != null) {
                    giveBack(connection, change);
                }
            }
            if (problem != null) {
                refused.add(new Refusal(change.seq(), problem));
                continue;
            }
            change = kept.signed(change, session.account());
            Optional<PushedChange> inColumnForm = values.inColumnForm(connection, change);
            if (inColumnForm.isEmpty()) {
                String why = change.table() + NOT_OF_ITS_COLUMN;
                LOG.log(Level.WARNING, "Change {0} of device {1} refused: {2} (text that is not of the column''s type)", change.seq(),
                        request.deviceId(), why);
                refused.add(new Refusal(change.seq(), why));
                continue;
            }
            change = inColumnForm.get();
            FieldStamp stamp = new FieldStamp(effectiveStamp(change.stamp()), request.deviceId(), change.seq(),
                    session.account());
            Savepoint savepoint = oneByOne ? connection.setSavepoint() : null;
            try {
                Merge merge = kept.of(change.table()).contains(ErasedRows.ERASABLE) && ErasedRows.erases(change)
                        ? erase(connection, change, stamp, kept.all(), write)
                        : merge(connection, change, stamp, request.seenCursor(), write);
                conflicts += merge.conflicts;
                if (merge.refusal == null) {
                    stamps.put(change.seq(), stamp.stamp());
                } else {
                    refused.add(new Refusal(change.seq(), merge.refusal));
                }
                if (savepoint != null) {
                    connection.releaseSavepoint(savepoint);
                }
            } catch (RuntimeException | SQLException e) {
                if (savepoint == null) {
                    throw e;
                }
                connection.rollback(savepoint);
                // the database's message holds the statement and the values sent: personal data, kept out of the log too
                String why = refusalReason(change.table(), e);
                LOG.log(Level.WARNING, "Change {0} of device {1} refused: {2} ({3})", change.seq(), request.deviceId(), why, problem(e));
                refused.add(new Refusal(change.seq(), why));
            }
        }
        recordDevice(connection, session.deviceId(), last, lastStamp);
        DeviceOperations.record(connection, session.deviceId(), received, last);
        return new PushResponse(last, stamps, refused, conflicts);
    }

    /**
     * Whether a push goes back over operation numbers already received with other changes: a desktop
     * restored from a backup or a copy of one, numbering its new edits from below what the server
     * received. Told apart from a push delivered again (after a lost answer, or late), whose operations
     * are the ones received, stamp for stamp. Where the stamp of an operation is no longer kept
     * ({@code received} holds the recent ones), one made after operation {@code last} gives it away (a
     * device's stamps grow with its numbers).
     */
    static boolean diverged(List<PushedChange> changes, long last, Long lastStamp, Map<Long, Long> received) {
        if (changes.isEmpty() || last == 0 || lastStamp == null || changes.get(0) == null || changes.get(0).seq() > last) {
            return false;
        }
        for (PushedChange change : changes) {
            if (change == null || change.seq() > last) {
                continue;
            }
            Long known = change.seq() == last ? lastStamp : received.get(change.seq());
            if (known != null ? change.stamp() != known : change.stamp() > lastStamp) {
                return true;
            }
        }
        return false;
    }

    /** The stamps the server keeps of the device's operations that {@code changes} number at or below {@code last}. */
    private static Map<Long, Long> receivedStamps(Connection connection, UUID device, List<PushedChange> changes, long last)
            throws SQLException {
        if (changes.isEmpty() || changes.get(0) == null || changes.get(0).seq() > last) {
            return Map.of();
        }
        return DeviceOperations.stamps(connection, device, changes.get(0).seq(), last);
    }

    /** Why a change could not be written, in words that name its table and the kind of problem, never its values. */
    static String refusalReason(String table, Exception e) {
        String state = sqlState(e);
        return table + (state.startsWith("22") ? NOT_OF_ITS_COLUMN
                : state.startsWith("23") ? ": it breaks a rule of the table (a required, unique or referenced value)"
                : ": the server could not write it");
    }

    /** What went wrong without what was written: the SQL state, or the kind of exception. */
    private static String problem(Throwable e) {
        return sqlState(e).isEmpty() ? e.getClass().getSimpleName() : "SQL state " + sqlState(e);
    }

    /** The SQL state of the first database error among {@code e}'s causes, or empty. */
    private static String sqlState(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return "";
    }

    /** A client stamp ahead of the server's clock is replaced by the server's: a fast clock must not win every edit. */
    private long effectiveStamp(long packed) {
        HlcTimestamp client = HlcTimestamp.unpack(packed);
        HlcTimestamp now = clock.now();
        return client.compareTo(now) > 0 ? now.pack() : client.pack();
    }

    private static String problemWith(PushedChange change, Set<String> synced) {
        if (change.table() == null || !synced.contains(change.table())) {
            return "not a synced table: " + change.table();
        }
        if (change.row() == null) {
            return "the change has no row id";
        }
        if (change.op() == null || !change.op().matches("[IUD]")) {
            return "the operation must be I, U or D, not " + change.op();
        }
        if (!"D".equals(change.op())) {
            if (change.fields() == null) {
                return "an insert or update carries fields";
            }
            for (String column : change.fields().keySet()) {
                if ("ID".equals(column) || !COLUMN.matcher(column).matches()) {
                    return "not a column that can be written: " + column;
                }
            }
        }
        return null;
    }

    /**
     * A change its table's rules refuse: the row gets a new cursor, so that the pushing desktop, which
     * made the change on its side, gets the server's row back (a note it removed comes back).
     */
    private void giveBack(Connection connection, PushedChange change) throws SQLException {
        SyncRowState row = load(connection, change.table(), change.row());
        if (row.inLedger()) {
            save(connection, row);
        }
    }

    private record Merge(int conflicts, String refusal) {
    }

    private Merge merge(Connection connection, PushedChange change, FieldStamp stamp, long seenCursor, Consumer<RemoteChange> write)
            throws SQLException {
        SyncRowState row = load(connection, change.table(), change.row());
        int conflicts = 0;
        String refusal = null;
        if (row.deleted) {
            if (!"D".equals(change.op())) {
                refusal = "the row was deleted";
                conflict(connection, row, "*", null, row.stamps.get("*"), "(edit of a deleted row)", stamp);
                conflicts++;
            }
        } else if ("D".equals(change.op())) {
            delete(connection, row, stamp, write);
        } else {
            Map<String, Object> winners = new LinkedHashMap<>();
            boolean concurrent = row.cursor > seenCursor;
            for (Map.Entry<String, Object> field : change.fields().entrySet()) {
                String column = field.getKey();
                FieldStamp current = row.stamps.get(column);
                Object previous = row.fields.get(column);
                boolean differs = !Objects.equals(previous, field.getValue());
                boolean otherDevice = current != null && !current.device().equals(stamp.device());
                if (current == null || stamp.compareTo(current) > 0) {
                    if (differs && otherDevice && concurrent) {
                        conflict(connection, row, column, field.getValue(), stamp, previous, current);
                        conflicts++;
                    }
                    winners.put(column, field.getValue());
                    row.fields.put(column, field.getValue());
                    row.stamps.put(column, stamp);
                } else if (differs && otherDevice) {
                    conflict(connection, row, column, previous, current, field.getValue(), stamp);
                    conflicts++;
                }
            }
            if (!winners.isEmpty()) {
                write.accept(new RemoteChange(row.table, row.row, Operation.UPDATE, HlcTimestamp.unpack(stamp.stamp()), winners));
            }
        }
        save(connection, row); // a new cursor even when nothing won: the pushing device gets the row's state back
        return new Merge(conflicts, refusal);
    }

    private static void delete(Connection connection, SyncRowState row, FieldStamp stamp, Consumer<RemoteChange> write) throws SQLException {
        write.accept(new RemoteChange(row.table, row.row, Operation.DELETE, HlcTimestamp.unpack(stamp.stamp()), Map.of()));
        row.deleted = true;
        row.fields.clear();
        row.stamps.clear();
        row.stamps.put("*", stamp);
        ErasedRows.forgetConflicts(connection, row.row);
    }

    /**
     * An erasure wins whatever the stamps: its values, and nothing in every other column that may be
     * empty (values another desktop wrote that the erasing one had not seen). The rows that belong to
     * the person go, those the erasing desktop has not seen among them, and so do the row's conflict
     * records, which held both values.
     */
    private Merge erase(Connection connection, PushedChange change, FieldStamp stamp, Map<String, List<String>> rules,
            Consumer<RemoteChange> write) throws SQLException {
        SyncRowState row = load(connection, change.table(), change.row());
        if (row.deleted) {
            return new Merge(0, "the row was deleted");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (String column : ErasedRows.nullableColumns(connection, change.table())) {
            if (row.fields.get(column) != null) {
                values.put(column, null);
            }
        }
        values.putAll(change.fields());
        values.forEach((column, value) -> {
            row.fields.put(column, value);
            row.stamps.put(column, stamp);
        });
        write.accept(new RemoteChange(row.table, row.row, Operation.UPDATE, HlcTimestamp.unpack(stamp.stamp()), values));
        save(connection, row);
        ErasedRows.forgetConflicts(connection, row.row);
        ErasedRows.record(connection, row.table, row.row);
        for (String[] owned : ErasedRows.ownerColumns(rules)) {
            deleteRows(connection, owned[0], owned[1], row.row, stamp, write);
        }
        return new Merge(0, null);
    }

    /**
     * Deletes the live rows of {@code table} whose {@code column} names {@code owner}: found in the table,
     * checked in the ledger, which already holds what this push changed (a merge moving a note away).
     */
    private void deleteRows(Connection connection, String table, String column, UUID owner, FieldStamp stamp, Consumer<RemoteChange> write)
            throws SQLException {
        for (UUID id : ErasedRows.ownedRows(connection, table, column, owner)) {
            SyncRowState belonging = load(connection, table, id);
            if (!belonging.deleted && owner.toString().equalsIgnoreCase(String.valueOf(belonging.fields.get(column)))) {
                delete(connection, belonging, stamp, write);
                save(connection, belonging);
            }
        }
    }

    private SyncRowState load(Connection connection, String table, UUID rowId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT CURSOR, DELETED, FIELDS, STAMPS FROM SYNC_ROW WHERE TABLE_NAME = ? AND ROW_ID = ?")) {
            query.setString(1, table);
            query.setObject(2, rowId);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    return SyncRowState.fresh(table, rowId);
                }
                Map<String, FieldStamp> stamps = new LinkedHashMap<>();
                readJson(rows.getString(4), STAMPS).forEach((column, value) -> stamps.put(column, FieldStamp.fromJson(value)));
                SyncRowState row = new SyncRowState(table, rowId, rows.getLong(1), rows.getBoolean(2),
                        new LinkedHashMap<>(readJson(rows.getString(3), FIELDS)), stamps);
                row.counted = !row.deleted;
                row.countedDigest = row.counted ? RowDigest.of(rowId, row.fields) : 0;
                return row;
            }
        }
    }

    private void save(Connection connection, SyncRowState row) throws SQLException {
        Map<String, List<Object>> stamps = new LinkedHashMap<>();
        row.stamps.forEach((column, stamp) -> stamps.put(column, stamp.toJson()));
        try (PreparedStatement merge = connection.prepareStatement(
                "MERGE INTO SYNC_ROW (TABLE_NAME, ROW_ID, CURSOR, DELETED, DELETED_AT, FIELDS, STAMPS) KEY (TABLE_NAME, ROW_ID) "
                        + "VALUES (?, ?, NEXT VALUE FOR SYNC_CURSOR, ?, ?, ?, ?)")) {
            merge.setString(1, row.table);
            merge.setObject(2, row.row);
            merge.setBoolean(3, row.deleted);
            merge.setObject(4, row.deleted ? OffsetDateTime.now(ZoneOffset.UTC) : null);
            String fields = writeJson(row.fields);
            merge.setString(5, fields);
            merge.setString(6, writeJson(stamps));
            merge.executeUpdate();
            // the table's checksum follows the row: what it adds now, less what it added before
            long digest = row.deleted ? 0 : RowDigest.of(row.row, readJson(fields, FIELDS));
            TableSums.add(connection, row.table, (row.deleted ? 0 : 1) - (row.counted ? 1 : 0), digest - row.countedDigest);
            row.counted = !row.deleted;
            row.countedDigest = digest;
        }
    }

    private void conflict(Connection connection, SyncRowState row, String column, Object kept, FieldStamp keptBy, Object lost,
            FieldStamp lostBy) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO SYNC_CONFLICT (TABLE_NAME, ROW_ID, COLUMN_NAME, KEPT_VALUE, KEPT_BY, LOST_VALUE, LOST_BY, AT) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, row.table);
            insert.setObject(2, row.row);
            insert.setString(3, column);
            insert.setString(4, writeJson(kept));
            insert.setString(5, keptBy == null ? null : keptBy.account());
            insert.setString(6, writeJson(lost));
            insert.setString(7, lostBy == null ? null : lostBy.account());
            insert.setObject(8, OffsetDateTime.now(ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }

    /**
     * Rows changed after {@code after}, oldest first.
     *
     * @param upTo 0, or the cursor an initial load is pinned to
     */
    PullResponse pull(long after, int limit, long upTo, int waitSeconds, String table) {
        long seen;
        synchronized (commits) {
            seen = pushes;
        }
        PullResponse page = pull(after, limit, upTo, table);
        if (!page.changes().isEmpty() || waitSeconds <= 0) {
            return page;
        }
        long deadline = System.nanoTime() + waitSeconds * 1_000_000_000L;
        synchronized (commits) {
            while (pushes == seen) {
                long left = (deadline - System.nanoTime()) / 1_000_000;
                if (left <= 0) {
                    return page;
                }
                try {
                    commits.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return page;
                }
            }
        }
        return pull(after, limit, upTo, table);
    }

    /** @param table null, or the one table to read (a desktop loading a table again) */
    private PullResponse pull(long after, int limit, long upTo, String table) {
        return store.read(connection -> {
            long purged = purgedUpTo(connection);
            // a load pinned to a version (upTo) reads the rows as they are and needs no forgotten deletion:
            // refusing its next page would send a first load or a reload back to its start for ever
            if (after > 0 && after < purged && upTo == 0) {
                throw new SyncFailure(410, "must-refetch", "changes up to cursor " + purged
                        + " were compacted; this desktop, at " + after + ", must load everything again");
            }
            long latest;
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT COALESCE(MAX(CURSOR), 0) FROM SYNC_ROW")) {
                rows.next();
                latest = rows.getLong(1);
            }
            List<ServerChange> changes = new ArrayList<>();
            boolean more = false;
            long bytes = 0;
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT CURSOR, TABLE_NAME, ROW_ID, DELETED, FIELDS, STAMPS FROM SYNC_ROW WHERE CURSOR > ? AND CURSOR <= ? "
                            + "AND (CAST(? AS VARCHAR) IS NULL OR TABLE_NAME = ?) ORDER BY CURSOR FETCH FIRST ? ROWS ONLY")) {
                query.setLong(1, after);
                query.setLong(2, upTo > 0 ? upTo : Long.MAX_VALUE);
                query.setString(3, table);
                query.setString(4, table);
                query.setInt(5, limit + 1);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        String fields = rows.getString(5);
                        String stampsJson = rows.getString(6);
                        long size = fields.length() + stampsJson.length();
                        // bounded by rows and by bytes, a page of large rows is cut short (never below one row)
                        if (changes.size() == limit || !changes.isEmpty() && bytes + size > MAX_PAGE_CHARACTERS) {
                            more = true;
                            break;
                        }
                        bytes += size;
                        Map<String, Long> stamps = new LinkedHashMap<>();
                        readJson(stampsJson, STAMPS).forEach((column, value) -> stamps.put(column, ((Number) value.get(0)).longValue()));
                        changes.add(new ServerChange(rows.getLong(1), rows.getString(2), rows.getObject(3, UUID.class),
                                rows.getBoolean(4), readJson(fields, FIELDS), stamps));
                    }
                }
            }
            long next = changes.isEmpty() ? Math.max(after, upTo > 0 ? Math.min(upTo, latest) : latest)
                    : changes.get(changes.size() - 1).cursor();
            if (!more && upTo == 0) {
                next = Math.max(next, latest);
            }
            return new PullResponse(changes, next, more, latest);
        });
    }

    /** The stamp of rows no desktop pushed: older than any edit, so that every edit wins over it. */
    private static final FieldStamp UNPUSHED = new FieldStamp(0, "", 0, "");

    /**
     * Takes into the merged state the rows of synced tables that no desktop pushed: those a
     * bundle's migration writes into every database (the default customer segments, say). Left out,
     * every desktop's checksum of such a table would differ from the server's, and the desktop
     * would load the table again and lose those rows. Run when the endpoint starts.
     *
     * @return how many rows were taken in
     */
    int adoptUnpushedRows() {
        return store.transaction(connection -> {
            int adopted = 0;
            for (String table : remote.syncedTables()) {
                List<SyncRowState> unpushed = new ArrayList<>();
                try (PreparedStatement query = connection.prepareStatement("SELECT T.* FROM \"" + table + "\" T LEFT JOIN SYNC_ROW S "
                        + "ON S.TABLE_NAME = ? AND S.ROW_ID = T.ID WHERE S.ROW_ID IS NULL")) {
                    query.setString(1, table);
                    try (ResultSet rows = query.executeQuery()) {
                        java.sql.ResultSetMetaData meta = rows.getMetaData();
                        while (rows.next()) {
                            SyncRowState row = SyncRowState.fresh(table, rows.getObject("ID", UUID.class));
                            for (int c = 1; c <= meta.getColumnCount(); c++) {
                                Object value = rows.getObject(c);
                                String column = meta.getColumnName(c);
                                if (value != null && !"ID".equals(column)) {
                                    row.fields.put(column, fieldValue(value));
                                    row.stamps.put(column, UNPUSHED);
                                }
                            }
                            unpushed.add(row);
                        }
                    }
                }
                for (SyncRowState row : unpushed) {
                    save(connection, row);
                }
                adopted += unpushed.size();
            }
            return adopted;
        });
    }

    /** A column's value as the outbox records it: text, number or boolean; dates, times and UUIDs as ISO-8601 text. */
    private static Object fieldValue(Object value) {
        if (value instanceof String || value instanceof Boolean || value instanceof Number) {
            return value;
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime().toString();
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate().toString();
        }
        if (value instanceof java.sql.Time t) {
            return t.toLocalTime().toString();
        }
        if (value instanceof byte[] bytes) {
            return java.util.Base64.getEncoder().encodeToString(bytes);
        }
        return value.toString();
    }

    /** Rows and digest of every synced table, from the merged state desktops pull. */
    /** Each synced table's rows and digest sum, kept up to date by every write of the ledger: no reading of the whole ledger. */
    Checksums checksums() {
        return store.read(connection -> {
            Map<String, TableChecksum> tables = new TreeMap<>();
            for (String table : remote.syncedTables()) {
                tables.put(table, new TableChecksum(0, 0));
            }
            tables.putAll(TableSums.read(connection));
            return new Checksums(new LinkedHashMap<>(tables));
        });
    }

    /**
     * Makes the tables' checksums from the whole ledger, once, for a ledger written before they were
     * kept; called before anything else writes to it.
     *
     * @return whether they were made
     */
    boolean countTablesOnce() {
        return store.transaction(connection -> {
            if (!TableSums.missing(connection)) {
                return false;
            }
            Map<String, long[]> sums = new TreeMap<>();
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT TABLE_NAME, ROW_ID, FIELDS FROM SYNC_ROW WHERE NOT DELETED")) {
                while (rows.next()) {
                    long[] sum = sums.computeIfAbsent(rows.getString(1), t -> new long[2]);
                    sum[0]++;
                    sum[1] += RowDigest.of(rows.getObject(2, UUID.class), readJson(rows.getString(3), FIELDS));
                }
            }
            for (Map.Entry<String, long[]> sum : sums.entrySet()) {
                TableSums.add(connection, sum.getKey(), sum.getValue()[0], sum.getValue()[1]);
            }
            return true;
        });
    }

    ConflictList conflicts(long after, int limit) {
        return store.read(connection -> {
            List<Conflict> conflicts = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT ID, TABLE_NAME, ROW_ID, COLUMN_NAME, KEPT_VALUE, KEPT_BY, LOST_VALUE, LOST_BY, AT FROM SYNC_CONFLICT "
                            + "WHERE ID > ? ORDER BY ID FETCH FIRST ? ROWS ONLY")) {
                query.setLong(1, after);
                query.setInt(2, limit);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        conflicts.add(new Conflict(rows.getLong(1), rows.getString(2), rows.getObject(3, UUID.class),
                                rows.getString(4), readJson(rows.getString(5), Object.class), rows.getString(6),
                                readJson(rows.getString(7), Object.class), rows.getString(8),
                                rows.getObject(9, OffsetDateTime.class).toInstant().toEpochMilli()));
                    }
                }
            }
            return new ConflictList(conflicts);
        });
    }

    /** Forgets tombstones older than {@code retention}; desktops that had not pulled past them must load again. */
    int purgeTombstones(Duration retention) {
        return store.transaction(connection -> {
            long horizon;
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT COALESCE(MAX(CURSOR), 0) FROM SYNC_ROW WHERE DELETED AND DELETED_AT < ?")) {
                query.setObject(1, OffsetDateTime.now(ZoneOffset.UTC).minus(retention));
                try (ResultSet rows = query.executeQuery()) {
                    rows.next();
                    horizon = rows.getLong(1);
                }
            }
            if (horizon == 0) {
                return 0;
            }
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM SYNC_ROW WHERE DELETED AND CURSOR <= ?");
                    PreparedStatement raise = connection.prepareStatement(
                            "UPDATE SYNC_HORIZON SET PURGED_UP_TO = GREATEST(PURGED_UP_TO, ?) WHERE ID = 1")) {
                delete.setLong(1, horizon);
                int purged = delete.executeUpdate();
                raise.setLong(1, horizon);
                raise.executeUpdate();
                return purged;
            }
        });
    }

    private static long purgedUpTo(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT PURGED_UP_TO FROM SYNC_HORIZON WHERE ID = 1")) {
            return rows.next() ? rows.getLong(1) : 0;
        }
    }

    private static long lastSeq(Connection connection, UUID device) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT LAST_SEQ FROM SERVER_DEVICE WHERE ID = ?")) {
            query.setObject(1, device);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    throw new SyncFailure(403, "forbidden", "device " + device + " is not registered");
                }
                return rows.getLong(1);
            }
        }
    }

    /** @param lastStamp the stamp of operation {@code last} when this push brought it, else null (kept as it was) */
    private static void recordDevice(Connection connection, UUID device, long last, Long lastStamp) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE SERVER_DEVICE SET LAST_SEQ = ?, LAST_STAMP = COALESCE(?, LAST_STAMP), LAST_SEEN_AT = ? WHERE ID = ?")) {
            update.setLong(1, last);
            update.setObject(2, lastStamp);
            update.setObject(3, OffsetDateTime.now(ZoneOffset.UTC));
            update.setObject(4, device);
            update.executeUpdate();
        }
    }

    private static Long lastStamp(Connection connection, UUID device) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT LAST_STAMP FROM SERVER_DEVICE WHERE ID = ?")) {
            query.setObject(1, device);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getObject(1, Long.class) : null;
            }
        }
    }

    private <T> T readJson(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("damaged sync state: " + e.getOriginalMessage(), e);
        }
    }

    private <T> T readJson(String text, Class<T> type) {
        try {
            return text == null ? null : json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("damaged sync state: " + e.getOriginalMessage(), e);
        }
    }

    private String writeJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write sync state: " + e.getOriginalMessage(), e);
        }
    }
}
