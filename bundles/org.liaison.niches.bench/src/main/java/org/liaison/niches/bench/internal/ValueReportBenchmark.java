package org.liaison.niches.bench.internal;

import java.io.PrintStream;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Locale;

import org.liaison.bench.BenchLine;
import org.liaison.bench.BenchSettings;
import org.liaison.bench.Benchmark;
import org.liaison.contacts.ContactService;
import org.liaison.core.money.CurrencyCode;
import org.liaison.niches.NicheService;
import org.liaison.niches.report.ValueQuery;
import org.liaison.niches.report.ValueReport;
import org.liaison.niches.report.ValueReports;
import org.liaison.store.Store;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The whole network value report (totals, by niche, region, month and the top 100 members) over
 * 50,000 introductions and their outcomes; the baseline is one plain SQL GROUP BY over the same
 * tables (introductions and outcomes by niche and currency).
 */
@Component(service = Benchmark.class)
public class ValueReportBenchmark implements Benchmark {

    static final int RUNS = 21;

    @Reference
    private ContactService contacts;
    @Reference
    private NicheService niches;
    @Reference
    private ValueReports reports;
    @Reference
    private Store store;

    @Override
    public String name() {
        return "value-report";
    }

    @Override
    public String description() {
        return "the whole network value report (goal 500 ms and at most twice the baseline), against one plain SQL GROUP BY";
    }

    @Override
    public void run(BenchSettings settings, PrintStream out) throws Exception {
        BenchNetwork.ensure(settings.rows(), contacts, niches, store, out);
        reports.report(ValueQuery.ALL, 100, Locale.ENGLISH); // warm up
        groupBy();
        // the report and the baseline in turn, each after a collection, so that neither pays for the other's garbage or drift
        long[] nanos = new long[RUNS];
        long[] raw = new long[RUNS];
        ValueReport report = null;
        long groups = 0;
        for (int i = 0; i < RUNS; i++) {
            System.gc();
            long start = System.nanoTime();
            report = reports.report(ValueQuery.ALL, 100, Locale.ENGLISH);
            nanos[i] = System.nanoTime() - start;
            System.gc();
            start = System.nanoTime();
            groups = groupBy();
            raw[i] = System.nanoTime() - start;
        }
        double median = BenchLine.percentile(nanos, 0.5) / 1e6;
        double baseline = BenchLine.percentile(raw, 0.5) / 1e6;
        out.println(BenchLine.format(name(), median, "ms median", baseline, "ms median"));
        out.printf(Locale.ROOT, "  %d introductions, %d accepted, %d met, %d jobs, %s and %s; %d niche lines, %d region lines, "
                + "%d month lines, %d member lines; the GROUP BY gives %d groups; goal <= 500 ms and ratio <= 2%n",
                report.total().proposed(), report.total().accepted(), report.total().met(), report.total().jobs(),
                report.total().value(CurrencyCode.GBP), report.total().value(CurrencyCode.EUR), report.byNiche().size(),
                report.byRegion().size(), report.byMonth().size(), report.byMember().size(), groups);
    }

    private long groupBy() {
        return store.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT I.NICHE_ID, O.CURRENCY, COUNT(DISTINCT I.ID), "
                    + "SUM(CASE WHEN I.FIRST_ANSWER = 'ACCEPTED' AND I.SECOND_ANSWER = 'ACCEPTED' THEN 1 ELSE 0 END), "
                    + "SUM(CASE WHEN I.MET_ON IS NOT NULL THEN 1 ELSE 0 END), COUNT(O.ID), SUM(O.JOBS), SUM(O.VALUE_MINOR) "
                    + "FROM NICHE_INTRODUCTION I LEFT JOIN NICHE_OUTCOME O ON O.INTRODUCTION_ID = I.ID GROUP BY I.NICHE_ID, O.CURRENCY");
                    ResultSet rows = query.executeQuery()) {
                long groups = 0;
                while (rows.next()) {
                    groups++;
                }
                return groups;
            }
        });
    }
}
