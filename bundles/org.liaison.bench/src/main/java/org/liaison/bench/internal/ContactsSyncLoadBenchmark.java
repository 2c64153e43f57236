package org.liaison.bench.internal;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.liaison.bench.BenchLine;
import org.liaison.bench.BenchSettings;
import org.liaison.bench.Benchmark;
import org.liaison.bench.data.SyntheticContacts;
import org.liaison.contacts.ContactService;
import org.liaison.core.clock.HybridLogicalClocks;
import org.liaison.store.OpenStore;
import org.liaison.store.Store;
import org.liaison.store.StoreFactory;
import org.liaison.store.changes.CapturedChange;
import org.liaison.store.changes.Operation;
import org.liaison.store.changes.Outbox;
import org.liaison.store.changes.RemoteChange;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A new desktop receiving a contact base: the rows captured where N synthetic people were entered,
 * applied to a fresh database page by page as a first sync brings them (each page in one
 * transaction, the listing and search words made as the rows arrive), against raw JDBC inserting
 * the same rows into tables made like the store's, a transaction per page.
 */
@Component(service = Benchmark.class)
public class ContactsSyncLoadBenchmark implements Benchmark {

    /** As many changes as the desktop pulls from the server at a time. */
    private static final int PAGE = 1_000;

    @Reference
    private ContactService contacts;
    @Reference
    private Store store;
    @Reference
    private Outbox outbox;
    @Reference
    private StoreFactory stores;

    @Override
    public String name() {
        return "contacts-sync-load";
    }

    @Override
    public String description() {
        return "a new desktop applying N people's synced rows page by page, against raw JDBC inserts of the same rows";
    }

    @Override
    public void run(BenchSettings settings, PrintStream out) throws SQLException {
        if (contacts.count() == 0) {
            SyntheticContacts.save(contacts, new SyntheticContacts(9, 0.05).people(settings.rows()));
        }
        List<List<RemoteChange>> pages = captured();
        long changes = pages.stream().mapToLong(List::size).sum();

        double seconds;
        long listed;
        try (OpenStore desktop = stores.openInMemory("sync-load-" + UUID.randomUUID(), HybridLogicalClocks.over(Clock.systemUTC()))) {
            long start = System.nanoTime();
            for (List<RemoteChange> page : pages) {
                desktop.remoteChanges().apply(page);
            }
            seconds = (System.nanoTime() - start) / 1e9;
            listed = desktop.store().read(connection -> count(connection, "CONTACT_SEARCH_ENTRY"));
        }
        if (listed != contacts.count()) {
            throw new IllegalStateException("the new desktop lists " + listed + " contacts, not " + contacts.count());
        }
        double rawSeconds = raw(pages);
        out.println(BenchLine.format(name(), Math.round(changes / seconds), "rows/s", Math.round(changes / rawSeconds), "rows/s"));
        out.printf(Locale.ROOT, "  %d rows of %d contacts in pages of %d: applied in %.1f s (%.0f contacts/s), listed and searchable; "
                + "raw JDBC inserts of the same rows %.1f s%n", changes, listed, PAGE, seconds, listed / seconds, rawSeconds);
    }

    /** Everything captured in the bench database, in pages as it would be sent. */
    private List<List<RemoteChange>> captured() {
        List<List<RemoteChange>> pages = new ArrayList<>();
        long last = 0;
        for (List<CapturedChange> page = outbox.after(last, PAGE); !page.isEmpty(); page = outbox.after(last, PAGE)) {
            List<RemoteChange> received = new ArrayList<>(page.size());
            for (CapturedChange change : page) {
                received.add(new RemoteChange(change.table(), change.rowId(), change.operation(), change.stamp(), change.fields()));
            }
            pages.add(received);
            last = page.get(page.size() - 1).sequence();
        }
        return pages;
    }

    /** The same rows inserted by plain JDBC into an in-memory database with the store's table and index definitions. */
    private double raw(List<List<RemoteChange>> pages) throws SQLException {
        List<String> tables = pages.stream().flatMap(List::stream).map(RemoteChange::table).distinct().toList();
        try (Connection raw = RawDatabase.withTablesLike(store, tables, "jdbc:h2:mem:raw-sync-load-" + UUID.randomUUID())) {
            raw.setAutoCommit(false);
            long start = System.nanoTime();
            for (List<RemoteChange> page : pages) {
                Map<String, List<RemoteChange>> byStatement = new LinkedHashMap<>();
                for (RemoteChange change : page) {
                    if (change.operation() != Operation.DELETE) {
                        byStatement.computeIfAbsent(insert(change), k -> new ArrayList<>()).add(change);
                    }
                }
                for (Map.Entry<String, List<RemoteChange>> rows : byStatement.entrySet()) {
                    try (PreparedStatement insert = raw.prepareStatement(rows.getKey())) {
                        for (RemoteChange change : rows.getValue()) {
                            insert.setObject(1, change.rowId());
                            int column = 2;
                            for (Object value : change.fields().values()) {
                                insert.setObject(column++, value);
                            }
                            insert.addBatch();
                        }
                        insert.executeBatch();
                    }
                }
                raw.commit();
            }
            return (System.nanoTime() - start) / 1e9;
        }
    }

    private static String insert(RemoteChange change) {
        StringBuilder sql = new StringBuilder("INSERT INTO \"").append(change.table()).append("\" (ID");
        change.fields().keySet().forEach(column -> sql.append(", \"").append(column).append('"'));
        sql.append(") VALUES (?");
        change.fields().keySet().forEach(column -> sql.append(", ?"));
        return sql.append(')').toString();
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement query = connection.createStatement(); ResultSet result = query.executeQuery("SELECT COUNT(*) FROM " + table)) {
            result.next();
            return result.getLong(1);
        }
    }
}
