package org.liaison.meetings.internal;

import java.io.PrintStream;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.liaison.bench.BenchLine;
import org.liaison.bench.BenchSettings;
import org.liaison.bench.Benchmark;
import org.liaison.meetings.MeetingQuery;
import org.liaison.meetings.Meetings;
import org.liaison.store.Store;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Words in the notes of 200,000 meetings: the 50 newest meetings found by a query of one or two
 * words (common, middling and rare words, typed with or without accents, the last possibly cut
 * short), through the meeting log's search; the baseline is a plain LIKE over the same notes,
 * for the same queries.
 */
@Component(service = Benchmark.class)
public class MeetingsSearchBenchmark implements Benchmark {

    static final int QUERIES = 300;
    static final int WARM_UP = 100;
    static final String[] SHAPES = {"middling word", "rare word", "common + middling", "start of a word", "no accents, capitals",
        "common + rare"};
    /** The LIKE scans every note: it is timed on the first queries only, the same for both. */
    static final int BASELINE_QUERIES = 40;
    static final int FOUND = 50;

    @Reference
    private Meetings meetings;
    @Reference
    private Store store;

    @Override
    public String name() {
        return "meetings-search";
    }

    @Override
    public String description() {
        return "words in the notes of 200,000 meetings, p95 (goal 30 ms), against a plain LIKE over the same notes";
    }

    @Override
    public void run(BenchSettings settings, PrintStream out) throws Exception {
        BenchMeetings.ensure(store, out);
        for (String query : queries(1, WARM_UP)) { // other words of the same shapes, so that nothing measured is found twice
            meetings.search(MeetingQuery.words(query, FOUND));
        }
        List<String> queries = queries(7, QUERIES);
        long[] nanos = new long[QUERIES];
        long found = 0;
        for (int i = 0; i < QUERIES; i++) {
            long start = System.nanoTime();
            found += meetings.search(MeetingQuery.words(queries.get(i), FOUND)).size();
            nanos[i] = System.nanoTime() - start;
        }
        long[] raw = new long[BASELINE_QUERIES];
        long[] ours = Arrays.copyOf(nanos, BASELINE_QUERIES);
        long likeFound = 0;
        for (int i = 0; i < BASELINE_QUERIES; i++) {
            long start = System.nanoTime();
            likeFound += like(queries.get(i));
            raw[i] = System.nanoTime() - start;
        }
        double p95 = BenchLine.percentile(nanos, 0.95) / 1e6;
        out.println(BenchLine.format(name(), p95, "ms p95", BenchLine.percentile(raw, 0.95) / 1e6, "ms p95"));
        out.printf(Locale.ROOT, "  %d queries, median %.1f ms, %.1f meetings found a query; on the first %d: ours p95 %.1f ms, LIKE p95 "
                + "%.1f ms (%.1f found a query, accents not folded); goal p95 <= 30 ms%n", QUERIES, BenchLine.percentile(nanos, 0.5) / 1e6,
                found / (double) QUERIES, BASELINE_QUERIES, BenchLine.percentile(ours, 0.95) / 1e6, BenchLine.percentile(raw, 0.95) / 1e6,
                likeFound / (double) BASELINE_QUERIES);
        Integer[] slowest = new Integer[QUERIES];
        for (int i = 0; i < QUERIES; i++) {
            slowest[i] = i;
        }
        Arrays.sort(slowest, (a, b) -> Long.compare(nanos[b], nanos[a]));
        out.printf(Locale.ROOT, "  slowest:");
        for (int i = 0; i < 8; i++) {
            out.printf(Locale.ROOT, " \"%s\" %.0f ms;", queries.get(slowest[i]), nanos[slowest[i]] / 1e6);
        }
        out.println();
        for (int shape = 0; shape < SHAPES.length; shape++) {
            long[] ofShape = new long[QUERIES / SHAPES.length];
            for (int i = 0; i < ofShape.length; i++) {
                ofShape[i] = nanos[i * SHAPES.length + shape];
            }
            out.printf(Locale.ROOT, "  %-22s median %5.1f ms, p95 %5.1f ms%n", SHAPES[shape], BenchLine.percentile(ofShape, 0.5) / 1e6,
                    BenchLine.percentile(ofShape, 0.95) / 1e6);
        }
    }

    /** Queries as staff type them: a word alone, two words, a word cut short, a word without its accents or in capitals. */
    private static List<String> queries(long seed, int count) {
        Random random = new Random(seed);
        String[] words = BenchMeetings.WORDS;
        List<String> queries = new ArrayList<>();
        for (int i = 0; queries.size() < count; i++) {
            String common = words[random.nextInt(30)];
            String middling = words[30 + random.nextInt(300)];
            String rare = words[330 + random.nextInt(words.length - 330)];
            queries.add(switch (i % SHAPES.length) {
                case 0 -> middling;
                case 1 -> rare;
                case 2 -> common + " " + middling;
                case 3 -> middling.length() > 4 ? middling.substring(0, 4) : middling;
                case 4 -> java.text.Normalizer.normalize(middling, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "").toUpperCase(Locale.ROOT);
                default -> common + " " + rare;
            });
        }
        return queries;
    }

    /** The same query as a plain LIKE on the notes, every word in some note of the meeting, newest first. */
    private long like(String query) {
        String[] words = query.toLowerCase(Locale.ROOT).split("\\s+");
        StringBuilder sql = new StringBuilder("SELECT M.ID, M.TITLE, M.STARTS_AT FROM MEETING M WHERE TRUE");
        for (int i = 0; i < words.length; i++) {
            sql.append(" AND EXISTS (SELECT 1 FROM MEETING_NOTE N WHERE N.MEETING_ID = M.ID AND LOWER(N.TEXT) LIKE ?)");
        }
        sql.append(" ORDER BY M.STARTS_AT DESC FETCH FIRST ").append(FOUND).append(" ROWS ONLY");
        return store.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
                for (int i = 0; i < words.length; i++) {
                    statement.setString(i + 1, "%" + words[i] + "%");
                }
                long rows = 0;
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        rows++;
                    }
                }
                return rows;
            }
        });
    }

}
