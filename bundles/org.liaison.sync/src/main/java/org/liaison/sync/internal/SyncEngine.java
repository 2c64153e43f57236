package org.liaison.sync.internal;

import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongConsumer;

import org.liaison.core.clock.HlcTimestamp;
import org.liaison.store.NetworkKeys;
import org.liaison.store.Store;
import org.liaison.store.changes.CapturedChange;
import org.liaison.store.changes.Operation;
import org.liaison.store.changes.Outbox;
import org.liaison.store.changes.RemoteChange;
import org.liaison.store.changes.RemoteChanges;
import org.liaison.sync.SyncException;
import org.liaison.sync.SyncException.Kind;
import org.liaison.sync.SyncReport;
import org.liaison.sync.protocol.Checksums.TableChecksum;
import org.liaison.sync.protocol.KeyRing;
import org.liaison.sync.protocol.LoginResponse;
import org.liaison.sync.protocol.PullResponse;
import org.liaison.sync.protocol.PushRequest;
import org.liaison.sync.protocol.PushResponse;
import org.liaison.sync.protocol.PushedChange;
import org.liaison.sync.protocol.SyncProtocol;
import org.liaison.sync.protocol.RowDigest;
import org.liaison.sync.protocol.ServerChange;

/**
 * One desktop database's sync: pushes the outbox in batches (forgotten only up to what the server
 * acknowledged), then pulls pages of the server's rows, each page applied with its cursor in one
 * local transaction. A field this desktop changed and has not pushed yet is not overwritten by a
 * pulled value: the push decides, and the server sends the row back.
 *
 * <p>Whatever fails in between (request or answer lost, process killed), running it again carries
 * on from what was committed on each side.
 */
final class SyncEngine {

    static final int PUSH_BATCH = 500;
    static final int PULL_PAGE = 1_000;
    private static final System.Logger LOG = System.getLogger(SyncEngine.class.getName());

    private final Store store;
    private final Outbox outbox;
    private final RemoteChanges remote;
    private final SyncTransport transport;
    /** Null when this desktop exchanges no network keys (benchmarks, tests of the rows alone). */
    private final NetworkKeys keys;
    /** Rows received since a refetch started (lost with the process: a refetch then starts over). */
    private final Map<String, Set<UUID>> refetched = new HashMap<>();

    SyncEngine(Store store, Outbox outbox, RemoteChanges remote, SyncTransport transport) {
        this(store, outbox, remote, transport, null);
    }

    SyncEngine(Store store, Outbox outbox, RemoteChanges remote, SyncTransport transport, NetworkKeys keys) {
        this.store = store;
        this.outbox = outbox;
        this.remote = remote;
        this.transport = transport;
        this.keys = keys;
    }

    SyncReport sync() {
        return sync(received -> { });
    }

    /** Pushes, then pulls, telling {@code received} how many rows have come after each page applied. */
    SyncReport sync(LongConsumer received) {
        ClientState state = signedIn();
        try {
            exchangeKeys(state);
            int[] pushed;
            SyncException notSent = null;
            try {
                pushed = pushAsThisDevice(state);
            } catch (SyncException e) {
                if (e.kind() != Kind.FORBIDDEN) {
                    throw e;
                }
                // an account that may only read still receives everyone else's changes
                notSent = new SyncException(Kind.FORBIDDEN, e.getMessage() + "; the " + outbox.size()
                        + " changes made on this desktop stay here");
                LOG.log(Level.WARNING, "Changes not sent: {0}", notSent.getMessage());
                pushed = new int[3];
            }
            int pulled = pull(state.token(), received);
            ClientState.finished(store, null);
            if (notSent != null) {
                ClientState.finished(store, notSent);
            }
            return new SyncReport(pushed[0], pushed[1], pulled, pushed[2]);
        } catch (SyncException e) {
            if (e.kind() == Kind.UNAUTHORIZED) {
                ClientState.signedOut(store, e);
            } else {
                ClientState.finished(store, e);
            }
            throw e;
        }
    }

    /**
     * Compares each table's rows and digest with the server's and loads again every table that
     * differs (rows this desktop lacks or holds wrongly, rows the server no longer has). Skipped while
     * local changes wait to be pushed: they would differ on purpose.
     *
     * @return the tables loaded again
     */
    List<String> verify() {
        ClientState state = signedIn();
        if (outbox.size() > 0) {
            return List.of();
        }
        List<String> repaired = new ArrayList<>();
        Set<String> synced = remote.syncedTables();
        UnmatchedTables unmatched = UnmatchedTables.read(store);
        for (Map.Entry<String, TableChecksum> server : transport.checksums(state.token()).tables().entrySet()) {
            String table = server.getKey();
            if (!synced.contains(table)) { // a name from the answer goes into SQL only if this desktop syncs that table
                LOG.log(Level.WARNING, "The server sent a checksum for a table not synced here; left alone");
                continue;
            }
            TableChecksum local = store.read(connection -> localChecksum(connection, table));
            if (server.getValue().equals(local)) {
                unmatched.matched(table);
                continue;
            }
            Set<String> columns = remote.syncedColumns(table);
            if (unmatched.stillUnmatchable(table, server.getValue(), local, columns)) {
                continue; // loaded again before, and neither copy nor this version changed since
            }
            LOG.log(Level.WARNING, "Table {0} differs from the server''s: loading it again", table);
            reload(state.token(), table);
            repaired.add(table);
            TableChecksum reloaded = store.read(connection -> localChecksum(connection, table));
            if (!server.getValue().equals(reloaded)) {
                LOG.log(Level.INFO, "Table {0} still differs from the server''s: the server holds data this version has no place "
                        + "for; it is loaded again when either copy changes or Liaison is updated", table);
                unmatched.remember(table, server.getValue(), reloaded, columns);
            }
        }
        return repaired;
    }

    private static TableChecksum localChecksum(Connection connection, String table) throws SQLException {
        long rows = 0;
        long digest = 0;
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT * FROM \"" + table + "\"")) {
            java.sql.ResultSetMetaData meta = result.getMetaData();
            while (result.next()) {
                Map<String, Object> fields = new HashMap<>();
                UUID id = null;
                for (int c = 1; c <= meta.getColumnCount(); c++) {
                    if ("ID".equals(meta.getColumnName(c))) {
                        id = result.getObject(c, UUID.class);
                    } else {
                        fields.put(meta.getColumnName(c), result.getObject(c));
                    }
                }
                rows++;
                digest += RowDigest.of(id, fields);
            }
        }
        return new TableChecksum(rows, digest);
    }

    /** Pulls every row of {@code table} again, pinned to the server's version, and removes those the server lacks. */
    private void reload(String token, String table) {
        Set<UUID> seen = new HashSet<>();
        long after = 0;
        long upTo = 0;
        while (true) {
            PullResponse page = transport.pullTable(token, table, after, PULL_PAGE, upTo);
            if (upTo == 0) {
                upTo = Math.max(1, page.latest());
            }
            page.changes().forEach(c -> {
                if (!c.deleted()) {
                    seen.add(c.row());
                }
            });
            boolean last = !page.more();
            store.transaction(connection -> {
                apply(connection, withNulls(connection, table, page.changes()));
                if (last) {
                    removeUnseen(connection, Map.of(table, seen), List.of(table));
                }
                return null;
            });
            if (last) {
                return;
            }
            after = page.next();
        }
    }

    /** The server's rows with every column it does not hold set to null, so that a reloaded row is exactly the server's. */
    private static List<ServerChange> withNulls(Connection connection, String table, List<ServerChange> changes) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet none = statement.executeQuery("SELECT * FROM \"" + table + "\" WHERE 1 = 0")) {
            for (int c = 1; c <= none.getMetaData().getColumnCount(); c++) {
                if (!"ID".equals(none.getMetaData().getColumnName(c))) {
                    columns.add(none.getMetaData().getColumnName(c));
                }
            }
        }
        List<ServerChange> complete = new ArrayList<>(changes.size());
        for (ServerChange change : changes) {
            Map<String, Object> fields = new LinkedHashMap<>(change.fields());
            if (!change.deleted()) {
                columns.forEach(column -> fields.putIfAbsent(column, null));
            }
            complete.add(new ServerChange(change.cursor(), change.table(), change.row(), change.deleted(), fields, change.stamps()));
        }
        return complete;
    }

    /** Pushes the outbox without pulling (a desktop under load testing, or about to close). */
    SyncReport pushOnly() {
        ClientState state = connected();
        int[] pushed = push(state);
        return new SyncReport(pushed[0], pushed[1], 0, pushed[2]);
    }

    /**
     * Waits up to {@code seconds} for the server to have changes this desktop has not pulled, without
     * applying them: the caller then syncs.
     */
    boolean changesWaiting(int seconds) {
        ClientState state = signedIn();
        return !transport.pull(state.token(), state.cursor(), 1, 0, seconds).changes().isEmpty();
    }

    private ClientState connected() {
        return ClientState.read(store).orElseThrow(() -> new SyncException(Kind.REFUSED, "this desktop is not connected to a server"));
    }

    private ClientState signedIn() {
        ClientState state = connected();
        if (state.token() == null) {
            throw new SyncException(Kind.UNAUTHORIZED, "sign in to " + state.server() + " again");
        }
        return state;
    }

    /**
     * Tells the server the network keys this desktop made (while it worked alone, say) and learns the
     * network's, before any row is sent or received: rows protected by a key arrive with it known.
     */
    private void exchangeKeys(ClientState state) {
        if (keys == null) {
            return;
        }
        Map<String, Map<String, String>> mine = new LinkedHashMap<>();
        keys.ring().forEach((purpose, all) -> {
            Map<String, String> secrets = new LinkedHashMap<>();
            all.forEach(key -> secrets.put(key.id(), Base64.getEncoder().encodeToString(key.secret())));
            mine.put(purpose, secrets);
        });
        KeyRing network;
        try {
            network = transport.keys(state.token(), new KeyRing(mine, keys.currents()));
        } catch (SyncException e) {
            if (e.kind() != Kind.REFUSED || !e.getMessage().contains("no such call")) {
                throw e;
            }
            LOG.log(Level.INFO, "The server keeps no network keys (an older version): {0}", e.getMessage());
            return;
        }
        network.keys().forEach((purpose, secrets) -> {
            List<NetworkKeys.Key> learnt = new ArrayList<>();
            secrets.forEach((id, secret) -> learnt.add(new NetworkKeys.Key(id, Base64.getDecoder().decode(secret))));
            keys.learn(purpose, learnt, network.current().get(purpose));
        });
    }

    /**
     * Pushes; when the server says the operation numbers went back over ones it received with other
     * changes (this desktop was restored from a backup, or is a copy of another), it carries on as a new
     * device and sends every waiting change again, so that none is taken for one already received.
     */
    private int[] pushAsThisDevice(ClientState state) {
        try {
            return push(state);
        } catch (SyncException e) {
            String tokenDevice = e.getMessage() == null ? null : movedTo(e);
            if (tokenDevice != null) { // the answer that moved this sign-in to a new device was lost: carry on as that device
                ClientState.carriedOnAsNewDevice(store, tokenDevice, state.token(), state.tokenExpires());
                LOG.log(Level.WARNING, "This desktop''s sign-in belongs to device {0} now; it carries on as that device", tokenDevice);
                return push(ClientState.read(store).orElseThrow());
            }
            if (e.kind() != Kind.REFUSED || !e.getMessage().endsWith("(device-diverged)")) {
                throw e;
            }
            LoginResponse moved = transport.newDevice(state.token());
            ClientState.carriedOnAsNewDevice(store, moved.deviceId(), moved.token(), moved.expiresAt());
            LOG.log(Level.WARNING, "This desktop was restored from a backup, or is a copy of another: its changes are numbered "
                    + "again from below what the server received from device {0}. It carries on as device {1} and sends its {2} "
                    + "waiting changes again", state.deviceId(), moved.deviceId(), outbox.size());
            return push(ClientState.read(store).orElseThrow());
        }
    }

    /** The device the server says this desktop's token belongs to, when a push named another; else null. */
    private static String movedTo(SyncException e) {
        java.util.regex.Matcher device = java.util.regex.Pattern.compile("this token pushes for device ([0-9a-f-]{36}).*\\(device-mismatch\\)$")
                .matcher(e.getMessage());
        return e.kind() == Kind.FORBIDDEN && device.find() ? device.group(1) : null;
    }

    /** Returns pushed, refused, conflicts. */
    private int[] push(ClientState state) {
        int pushed = 0;
        int refused = 0;
        int conflicts = 0;
        while (true) {
            List<CapturedChange> waiting = outbox.after(0, PUSH_BATCH);
            if (waiting.isEmpty()) {
                break;
            }
            List<CapturedChange> batch = wholeRemovals(waiting);
            List<PushedChange> changes = new ArrayList<>(batch.size());
            for (CapturedChange change : batch) {
                changes.add(new PushedChange(change.sequence(), change.table(), change.rowId(),
                        String.valueOf(change.operation().code()), change.stamp().pack(), change.fields()));
            }
            long cursor = ClientState.read(store).map(ClientState::cursor).orElse(0L);
            PushResponse answer = transport.push(state.token(), new PushRequest(state.deviceId(), cursor, changes));
            long last = batch.get(batch.size() - 1).sequence();
            if (answer.acknowledged() < batch.get(0).sequence()) {
                throw new SyncException(Kind.REFUSED, "the server acknowledged none of this desktop's changes (up to "
                        + answer.acknowledged() + ", sent from " + batch.get(0).sequence() + ")");
            }
            outbox.acknowledge(Math.min(answer.acknowledged(), last));
            pushed += batch.size();
            refused += answer.refused().size();
            conflicts += answer.conflicts();
            answer.refused().forEach(r -> LOG.log(Level.WARNING, "The server refused change {0}: {1}", r.seq(), r.reason()));
            if (waiting.size() < PUSH_BATCH) {
                break;
            }
        }
        return new int[] { pushed, refused, conflicts };
    }

    /**
     * The changes of {@code batch} to push now: a full batch does not end among removals, which go together
     * in the next one (a person's notes in the push that removes or erases the person, which the server
     * needs to take them); a batch of removals only goes on to their end, up to what one push may hold.
     */
    private List<CapturedChange> wholeRemovals(List<CapturedChange> batch) {
        if (batch.size() < PUSH_BATCH || batch.get(batch.size() - 1).operation() != Operation.DELETE) {
            return batch;
        }
        int end = batch.size();
        while (end > 0 && batch.get(end - 1).operation() == Operation.DELETE) {
            end--;
        }
        if (end > 0) {
            return batch.subList(0, end);
        }
        List<CapturedChange> removals = new ArrayList<>(batch);
        for (CapturedChange next : outbox.after(batch.get(batch.size() - 1).sequence(), SyncProtocol.MAX_CHANGES - batch.size())) {
            if (next.operation() != Operation.DELETE) {
                break;
            }
            removals.add(next);
        }
        return removals;
    }

    private int pull(String token, LongConsumer received) {
        int pulled = 0;
        while (true) {
            ClientState state = ClientState.read(store).orElseThrow();
            if (state.refetch() && state.cursor() > 0 && refetched.isEmpty()) {
                startRefetch(); // the process stopped during a refetch: what it had received is not known
                continue;
            }
            PullResponse page;
            try {
                page = transport.pull(token, state.cursor(), PULL_PAGE, state.loadUpTo());
            } catch (MustRefetch e) {
                LOG.log(Level.WARNING, "Loading everything again: {0}", e.getMessage());
                startRefetch();
                continue;
            }
            long upTo = state.loadUpTo();
            if (state.cursor() == 0 && upTo == 0 && page.more()) {
                upTo = page.latest(); // an initial load: pinned to the server's version when it began
            } else if (upTo > 0 && !page.more()) {
                upTo = 0; // loaded up to the pin: catch up with what changed meanwhile
            }
            boolean done = !page.more() && upTo == 0;
            boolean refetching = state.refetch();
            long pinned = upTo;
            if (refetching) {
                // before the last page is applied: its rows are seen too (a page failing here is pulled again)
                page.changes().forEach(c -> refetched.computeIfAbsent(c.table(), t -> new HashSet<>()).add(c.row()));
            }
            store.transaction(connection -> {
                apply(connection, page.changes());
                if (refetching && done) {
                    removeUnseen(connection, refetched, remote.syncedTables());
                }
                ClientState.advance(connection, page.next(), pinned, refetching && !done);
                return null;
            });
            if (refetching && done) {
                refetched.clear();
            }
            pulled += page.changes().size();
            received.accept(pulled);
            if (done) {
                return pulled;
            }
        }
    }

    private void startRefetch() {
        refetched.clear();
        store.transaction(connection -> {
            ClientState.advance(connection, 0, 0, true);
            return null;
        });
    }

    private record PendingRow(boolean deleted, Set<String> fields) {
    }

    private void apply(Connection connection, List<ServerChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        Map<String, PendingRow> pending = pending();
        List<RemoteChange> writes = new ArrayList<>(changes.size());
        Set<String> tables = remote.syncedTables();
        Set<String> leftAside = new java.util.TreeSet<>();
        for (ServerChange change : changes) {
            if (!tables.contains(change.table())) {
                leftAside.add(change.table()); // a table of a newer version: loaded when this desktop has it
                continue;
            }
            change = withKnownColumns(change, leftAside);
            long newest = change.stamps().values().stream().mapToLong(Long::longValue).max().orElse(0);
            HlcTimestamp stamp = HlcTimestamp.unpack(newest);
            if (change.deleted()) {
                writes.add(new RemoteChange(change.table(), change.row(), Operation.DELETE, stamp, Map.of()));
                continue;
            }
            PendingRow mine = pending.get(change.table() + "/" + change.row());
            if (mine != null && mine.deleted()) {
                continue; // deleted here, not pushed yet
            }
            Map<String, Object> fields = new LinkedHashMap<>(change.fields());
            if (mine != null) {
                fields.keySet().removeAll(mine.fields());
            }
            if (!fields.isEmpty()) {
                writes.add(new RemoteChange(change.table(), change.row(), Operation.UPDATE, stamp, fields));
            }
        }
        if (!leftAside.isEmpty()) {
            LOG.log(Level.WARNING, "Received data this version of Liaison does not have a place for, left aside until it is "
                    + "updated (the tables are then compared with the server''s and loaded again): {0}", leftAside);
        }
        remote.apply(writes);
    }

    /** The change without the columns this desktop's table does not have (added by a newer version); those are noted. */
    private ServerChange withKnownColumns(ServerChange change, Set<String> leftAside) {
        Set<String> columns = remote.syncedColumns(change.table());
        if (columns.containsAll(change.fields().keySet())) {
            return change;
        }
        Map<String, Object> fields = new LinkedHashMap<>(change.fields());
        Map<String, Long> stamps = new LinkedHashMap<>(change.stamps());
        for (String column : change.fields().keySet()) {
            if (!columns.contains(column)) {
                fields.remove(column);
                stamps.remove(column);
                leftAside.add(change.table() + "." + column);
            }
        }
        return new ServerChange(change.cursor(), change.table(), change.row(), change.deleted(), fields, stamps);
    }

    /** This desktop's changes not acknowledged yet, by table and row. */
    private Map<String, PendingRow> pending() {
        Map<String, PendingRow> pending = new HashMap<>();
        for (CapturedChange change : outbox.after(0, Integer.MAX_VALUE)) {
            String key = change.table() + "/" + change.rowId();
            PendingRow row = pending.computeIfAbsent(key, k -> new PendingRow(false, new HashSet<>()));
            if (change.operation() == Operation.DELETE) {
                pending.put(key, new PendingRow(true, row.fields()));
            } else {
                row.fields().addAll(change.fields().keySet());
            }
        }
        return pending;
    }

    /** Rows of {@code tables} the server did not send ({@code received}), and that this desktop did not just write, go. */
    private void removeUnseen(Connection connection, Map<String, Set<UUID>> received, java.util.Collection<String> tables) throws SQLException {
        Map<String, PendingRow> pending = pending();
        List<RemoteChange> deletes = new ArrayList<>();
        HlcTimestamp stamp = new HlcTimestamp(0, 0);
        for (String table : tables) {
            Set<UUID> seen = received.getOrDefault(table, Collections.emptySet());
            try (PreparedStatement query = connection.prepareStatement("SELECT ID FROM \"" + table + "\"");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    UUID id = rows.getObject(1, UUID.class);
                    if (!seen.contains(id) && !pending.containsKey(table + "/" + id)) {
                        deletes.add(new RemoteChange(table, id, Operation.DELETE, stamp, Map.of()));
                    }
                }
            }
        }
        remote.apply(deletes);
    }
}
