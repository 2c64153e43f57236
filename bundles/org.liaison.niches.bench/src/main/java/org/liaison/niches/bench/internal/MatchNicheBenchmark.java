package org.liaison.niches.bench.internal;

import java.io.PrintStream;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.liaison.bench.BenchLine;
import org.liaison.bench.BenchSettings;
import org.liaison.bench.Benchmark;
import org.liaison.contacts.ContactService;
import org.liaison.niches.Niche;
import org.liaison.niches.NicheService;
import org.liaison.niches.matching.Matcher;
import org.liaison.niches.matching.PairSuggestion;
import org.liaison.store.Store;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Every suggested pair inside the niche of the benchmark network closest to 2,000 members, scored
 * by the registered rules with reasons for those kept; the baseline is raw SQL on the same tables
 * pairing the niche's people by a shared division or segment and counting the pairs.
 */
@Component(service = Benchmark.class)
public class MatchNicheBenchmark implements Benchmark {

    static final int TARGET_MEMBERS = 2_000;
    static final int KEPT = 1_000;
    static final int RUNS = 5;

    @Reference
    private ContactService contacts;
    @Reference
    private NicheService niches;
    @Reference
    private Matcher matcher;
    @Reference
    private Store store;

    @Override
    public String name() {
        return "match-niche";
    }

    @Override
    public String description() {
        return "every suggested pair in a niche of about 2,000 members (goal 2 s), against a raw SQL self-join of its people";
    }

    @Override
    public void run(BenchSettings settings, PrintStream out) throws Exception {
        BenchNetwork.ensure(settings.rows(), contacts, niches, store, out);
        Niche niche = niches.niches(Locale.ENGLISH).stream()
                .min(Comparator.comparingLong(n -> Math.abs(niches.count(n.rule()) - TARGET_MEMBERS))).orElseThrow();
        long members = niches.count(niche.rule());
        matcher.inNiche(niche.id(), KEPT, Locale.ENGLISH); // warm up
        long[] nanos = new long[RUNS];
        List<PairSuggestion> pairs = List.of();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            pairs = matcher.inNiche(niche.id(), KEPT, Locale.ENGLISH);
            nanos[i] = System.nanoTime() - start;
        }
        long[] raw = new long[RUNS];
        long rawPairs = 0;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            rawPairs = rawPairs(niche);
            raw[i] = System.nanoTime() - start;
        }
        out.println(BenchLine.format(name(), BenchLine.percentile(nanos, 0.5) / 1e6, "ms median", BenchLine.percentile(raw, 0.5) / 1e6,
                "ms median"));
        out.printf(Locale.ROOT, "  niche \"%s\" of %d members: %,d pairs scored, the best %d kept with their reasons (best %.1f, "
                + "last %.1f); the raw self-join counts %,d pairs sharing a division or segment; goal <= 2,000 ms%n", niche.nameEn(),
                members, members * (members - 1) / 2, pairs.size(), pairs.isEmpty() ? 0 : pairs.get(0).score(),
                pairs.isEmpty() ? 0 : pairs.get(pairs.size() - 1).score(), rawPairs);
    }

    /** The niche's people and their organisation's division and segment in a temporary table, then pairs counted by a self-join. */
    private long rawPairs(Niche niche) {
        return store.read(connection -> {
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("CREATE LOCAL TEMPORARY TABLE IF NOT EXISTS BENCH_MEMBER (ID UUID, DIVISION VARCHAR(2), SEGMENT VARCHAR(40))");
                ddl.execute("TRUNCATE TABLE BENCH_MEMBER");
            }
            try (PreparedStatement fill = connection.prepareStatement("INSERT INTO BENCH_MEMBER SELECT A.PERSON_ID, LEFT(S.NACE_CODE, 2), "
                    + "T.CODE FROM CONTACT_AFFILIATION A JOIN CONTACT_SECTOR S ON S.ORGANISATION_ID = A.ORGANISATION_ID "
                    + "JOIN CONTACT_ORGANISATION_SEGMENT G ON G.ORGANISATION_ID = A.ORGANISATION_ID JOIN CONTACT_SEGMENT T ON T.ID = G.SEGMENT_ID "
                    + "WHERE LEFT(S.NACE_CODE, 2) = ANY(?) AND T.CODE = ANY(?)")) {
                fill.setObject(1, niche.rule().sectors().toArray(String[]::new));
                fill.setObject(2, niche.rule().segments().toArray(String[]::new));
                fill.executeUpdate();
            }
            return BenchNetwork.count(connection, "SELECT COUNT(*) FROM BENCH_MEMBER X JOIN BENCH_MEMBER Y ON X.ID < Y.ID "
                    + "AND (X.DIVISION = Y.DIVISION OR X.SEGMENT = Y.SEGMENT)");
        });
    }
}
