package org.liaison.niches.bench.internal;

import java.io.PrintStream;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.liaison.bench.BenchLine;
import org.liaison.bench.BenchSettings;
import org.liaison.bench.Benchmark;
import org.liaison.contacts.ContactService;
import org.liaison.niches.NeedOffer;
import org.liaison.niches.NeedOfferStatus;
import org.liaison.niches.NeedsOffers;
import org.liaison.niches.NicheService;
import org.liaison.niches.matching.Matcher;
import org.liaison.store.Store;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Suggestions with their reasons for one need, over the benchmark network; the baseline is one
 * raw query picking the open offers of a fitting category whose owner works in the need owner's
 * line of business, on the same tables.
 */
@Component(service = Benchmark.class)
public class MatchOneBenchmark implements Benchmark {

    static final int NEEDS = 200;
    static final int SHOWN = 20;

    @Reference
    private ContactService contacts;
    @Reference
    private NicheService niches;
    @Reference
    private NeedsOffers needsOffers;
    @Reference
    private Matcher matcher;
    @Reference
    private Store store;

    @Override
    public String name() {
        return "match-one";
    }

    @Override
    public String description() {
        return "p95 of suggestions with reasons for one need (goal 50 ms), against one raw SQL query for fitting offers";
    }

    @Override
    public void run(BenchSettings settings, PrintStream out) throws Exception {
        BenchNetwork.ensure(settings.rows(), contacts, niches, store, out);
        LocalDate today = LocalDate.now();
        List<NeedOffer> needs = needsOffers.board(NeedOffer.Kind.NEED, null, null, today, NEEDS * 5).stream()
                .filter(n -> n.statusOn(today) == NeedOfferStatus.OPEN).limit(NEEDS).toList();
        for (NeedOffer need : needs.subList(0, 20)) {
            matcher.forNeed(need.id(), today, SHOWN, Locale.ENGLISH);
        }
        long[] nanos = new long[needs.size()];
        long suggested = 0;
        for (int i = 0; i < needs.size(); i++) {
            long start = System.nanoTime();
            suggested += matcher.forNeed(needs.get(i).id(), today, SHOWN, Locale.ENGLISH).size();
            nanos[i] = System.nanoTime() - start;
        }
        long[] raw = new long[needs.size()];
        long rawRows = 0;
        for (int i = 0; i < needs.size(); i++) {
            NeedOffer need = needs.get(i);
            long start = System.nanoTime();
            rawRows += raw(need, today);
            raw[i] = System.nanoTime() - start;
        }
        out.println(BenchLine.format(name(), BenchLine.percentile(nanos, 0.95) / 1e6, "ms p95", BenchLine.percentile(raw, 0.95) / 1e6,
                "ms p95"));
        out.printf(Locale.ROOT, "  %d needs, up to %d suggestions each (%d in all, each with its reasons), median %.1f ms, max %.1f ms; "
                + "raw query median %.1f ms (%d rows); goal p95 <= 50 ms%n", needs.size(), SHOWN, suggested,
                BenchLine.percentile(nanos, 0.5) / 1e6, BenchLine.percentile(nanos, 1.0) / 1e6,
                BenchLine.percentile(raw, 0.5) / 1e6, rawRows);
    }

    /** The raw query: fitting offers whose owner's organisation shares a division with the need owner's. */
    private long raw(NeedOffer need, LocalDate today) {
        Set<String> categories = need.category().offersThatMeet().stream().map(Enum::name).collect(Collectors.toSet());
        return store.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT O.ID, O.OWNER_ID FROM NICHE_NEED_OFFER O "
                    + "WHERE O.KIND = 'OFFER' AND O.STATUS = 'OPEN' AND O.VALID_UNTIL >= ? AND O.CATEGORY = ANY(?) AND O.OWNER_ID <> ? "
                    + "AND EXISTS (SELECT 1 FROM CONTACT_AFFILIATION A JOIN CONTACT_SECTOR S ON S.ORGANISATION_ID = A.ORGANISATION_ID "
                    + "WHERE A.PERSON_ID = O.OWNER_ID AND LEFT(S.NACE_CODE, 2) IN (SELECT LEFT(T.NACE_CODE, 2) FROM CONTACT_AFFILIATION B "
                    + "JOIN CONTACT_SECTOR T ON T.ORGANISATION_ID = B.ORGANISATION_ID WHERE B.PERSON_ID = ?)) FETCH FIRST ? ROWS ONLY")) {
                query.setObject(1, today);
                query.setObject(2, categories.toArray(String[]::new));
                query.setObject(3, need.owner());
                query.setObject(4, need.owner());
                query.setInt(5, SHOWN);
                long rows = 0;
                try (ResultSet result = query.executeQuery()) {
                    while (result.next()) {
                        rows++;
                    }
                }
                return rows;
            }
        });
    }
}
