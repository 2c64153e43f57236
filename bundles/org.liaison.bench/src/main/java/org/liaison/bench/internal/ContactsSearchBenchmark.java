package org.liaison.bench.internal;

import java.io.PrintStream;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.liaison.bench.BenchLine;
import org.liaison.bench.BenchSettings;
import org.liaison.bench.Benchmark;
import org.liaison.bench.data.SyntheticContacts;
import org.liaison.contacts.ContactQuery;
import org.liaison.contacts.ContactService;
import org.liaison.store.Store;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Loads synthetic contacts, then times a mixed set of searches as staff type them (name
 * prefixes, accents left out, email and phone fragments, tags, two words); the baseline is a raw
 * query on the same database: family names by prefix with LIKE.
 */
@Component(service = Benchmark.class)
public class ContactsSearchBenchmark implements Benchmark {

    static final int QUERIES = 1_000;

    @Reference
    private ContactService contacts;

    @Reference
    private Store store;

    @Override
    public String name() {
        return "contacts-search";
    }

    @Override
    public String description() {
        return "p95 of mixed contact searches over the word index, against a raw LIKE prefix query";
    }

    @Override
    public void run(BenchSettings settings, PrintStream out) {
        List<SyntheticContacts.Generated> people = new SyntheticContacts(7, 0.05).people(settings.rows());
        long start = System.nanoTime();
        boolean loaded = contacts.count() >= people.size(); // a kept store (--store) already holds them
        if (!loaded) {
            SyntheticContacts.save(contacts, people);
        }
        double loadSeconds = (System.nanoTime() - start) / 1e9;

        List<String> queries = List.of("oli", "amelie", "lefevre", "LEFÈVRE hél", "smith", "caux", "sussex-labs",
                "01273 4", "0235", "export", "cross", "rouen", "brighton mentoring", "evreux", "zoe", "gaetan fau",
                "chatelain", "digital wine", "hastings-makers.co.uk", "noemie");
        for (String q : queries) { // warm up
            contacts.search(ContactQuery.text(q).page(0, 50));
        }
        long[] nanos = new long[QUERIES];
        long[][] byQuery = new long[queries.size()][QUERIES / queries.size()];
        long matches = 0;
        for (int i = 0; i < QUERIES; i++) {
            long t = System.nanoTime();
            matches += contacts.search(ContactQuery.text(queries.get(i % queries.size())).page(0, 50)).size();
            nanos[i] = System.nanoTime() - t;
            byQuery[i % queries.size()][i / queries.size()] = nanos[i];
        }
        long[] raw = new long[QUERIES];
        List<String> prefixes = List.of("Smi%", "Lef%", "Mar%", "Wil%", "Du%");
        for (int i = 0; i < QUERIES; i++) {
            String prefix = prefixes.get(i % prefixes.size());
            long t = System.nanoTime();
            store.read(c -> {
                try (PreparedStatement q = c.prepareStatement(
                        "SELECT ID, GIVEN_NAME, FAMILY_NAME FROM CONTACT_PERSON WHERE FAMILY_NAME LIKE ? ORDER BY FAMILY_NAME FETCH FIRST 50 ROWS ONLY")) {
                    q.setString(1, prefix);
                    try (ResultSet r = q.executeQuery()) {
                        int n = 0;
                        while (r.next()) {
                            n++;
                        }
                        return n;
                    }
                }
            });
            raw[i] = System.nanoTime() - t;
        }
        out.println(BenchLine.format(name(), p95(nanos) / 1e6, "ms p95", p95(raw) / 1e6, "ms p95"));
        out.printf(Locale.ROOT, "  %d contacts %s; %d searches (page of 50), median %.2f ms, max %.2f ms, %d rows returned; "
                + "goal p95 <= 20 ms%n", people.size(), loaded ? "already in the kept store"
                        : String.format(Locale.ROOT, "loaded in %.1f s (%.0f/s through the contact service)", loadSeconds,
                                people.size() / loadSeconds),
                QUERIES, BenchLine.percentile(nanos, 0.5) / 1e6, BenchLine.percentile(nanos, 1.0) / 1e6, matches);
        StringBuilder worst = new StringBuilder("  slowest queries (median / p95):");
        java.util.stream.IntStream.range(0, queries.size()).boxed()
                .sorted((a, b) -> Double.compare(p95(byQuery[b]), p95(byQuery[a]))).limit(5)
                .forEach(q -> worst.append(String.format(Locale.ROOT, " \"%s\" %.1f / %.1f ms;", queries.get(q),
                        BenchLine.percentile(byQuery[q], 0.5) / 1e6, p95(byQuery[q]) / 1e6)));
        out.println(worst);
    }

    private static double p95(long[] nanos) {
        return BenchLine.percentile(nanos, 0.95);
    }

}
