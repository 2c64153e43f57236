package org.liaison.niches.internal;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.liaison.contacts.ContactProfiles;
import org.liaison.contacts.ContactSummary;
import org.liaison.contacts.io.SpreadsheetCells;
import org.liaison.core.i18n.Messages;
import org.liaison.core.money.CurrencyCode;
import org.liaison.core.money.Money;
import org.liaison.niches.Niche;
import org.liaison.niches.NicheService;
import org.liaison.niches.OutcomeKind;
import org.liaison.niches.report.ValueLine;
import org.liaison.niches.report.ValueQuery;
import org.liaison.niches.report.ValueReport;
import org.liaison.niches.report.ValueReports;
import org.liaison.store.Sql;
import org.liaison.store.Store;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * One read of the introductions and one of their outcomes, counted into every breakdown at once;
 * the regions are those the two members were in when introduced, kept on the introduction.
 */
@Component(service = ValueReports.class)
public class StoreValueReports implements ValueReports {

    private final Store store;
    private final ContactProfiles profiles;
    private final NicheService niches;

    @Activate
    public StoreValueReports(@Reference Store store, @Reference ContactProfiles profiles, @Reference NicheService niches) {
        this.store = store;
        this.profiles = profiles;
        this.niches = niches;
    }

    /** One introduction with its outcomes, as read. */
    private static final class Read {
        final UUID first;
        final UUID second;
        final String firstRegion;
        final String secondRegion;
        final UUID niche;
        final LocalDate proposedOn;
        final boolean accepted;
        final boolean met;
        final List<Object[]> outcomes = new ArrayList<>(1);

        int jobs() {
            int jobs = 0;
            for (Object[] outcome : outcomes) {
                jobs += (Integer) outcome[3];
            }
            return jobs;
        }

        Read(UUID first, UUID second, String firstRegion, String secondRegion, UUID niche, LocalDate proposedOn, boolean accepted,
                boolean met) {
            this.first = first;
            this.second = second;
            this.firstRegion = firstRegion == null ? "" : firstRegion;
            this.secondRegion = secondRegion == null ? "" : secondRegion;
            this.niche = niche;
            this.proposedOn = proposedOn;
            this.accepted = accepted;
            this.met = met;
        }
    }

    /** A line being counted. */
    private static final class Tally {
        long proposed;
        long accepted;
        long met;
        long jobs;
        final Map<OutcomeKind, Long> outcomes = new EnumMap<>(OutcomeKind.class);
        final Map<CurrencyCode, Long> minor = new EnumMap<>(CurrencyCode.class);

        void add(Read introduction) {
            proposed++;
            accepted += introduction.accepted ? 1 : 0;
            met += introduction.met ? 1 : 0;
            for (Object[] outcome : introduction.outcomes) {
                outcomes.merge((OutcomeKind) outcome[0], 1L, Long::sum);
                jobs += (Integer) outcome[3];
                if (outcome[1] != null) {
                    minor.merge((CurrencyCode) outcome[2], (Long) outcome[1], Long::sum);
                }
            }
        }

        ValueLine line(String key, String label) {
            Map<CurrencyCode, Money> value = new EnumMap<>(CurrencyCode.class);
            minor.forEach((currency, amount) -> value.put(currency, Money.ofMinor(amount, currency)));
            return new ValueLine(key, label, proposed, accepted, met, outcomes, jobs, value);
        }
    }

    @Override
    public ValueReport report(ValueQuery query, int members, Locale locale) {
        Messages texts = NicheTexts.in(locale);
        List<Read> introductions = read(query);
        Tally total = new Tally();
        Map<UUID, Tally> byNiche = new HashMap<>();
        Map<String, Tally> byRegion = new TreeMap<>();
        Map<YearMonth, Tally> byMonth = new TreeMap<>();
        Map<UUID, long[]> memberWeights = new HashMap<>(); // met, accepted, jobs: a full line only for the members shown
        for (Read introduction : introductions) {
            String firstRegion = introduction.firstRegion;
            String secondRegion = introduction.secondRegion;
            total.add(introduction);
            byNiche.computeIfAbsent(introduction.niche, k -> new Tally()).add(introduction);
            byMonth.computeIfAbsent(YearMonth.from(introduction.proposedOn), k -> new Tally()).add(introduction);
            byRegion.computeIfAbsent(firstRegion, k -> new Tally()).add(introduction);
            if (!secondRegion.equals(firstRegion)) {
                byRegion.computeIfAbsent(secondRegion, k -> new Tally()).add(introduction);
            }
            for (UUID member : new UUID[] {introduction.first, introduction.second}) {
                long[] weight = memberWeights.computeIfAbsent(member, k -> new long[3]);
                weight[0] += introduction.met ? 1 : 0;
                weight[1] += introduction.accepted ? 1 : 0;
                weight[2] += introduction.jobs();
            }
        }
        Map<UUID, String> nicheNames = new HashMap<>();
        for (Niche niche : niches.niches(locale)) {
            nicheNames.put(niche.id(), niche.name(locale));
        }
        List<ValueLine> nicheLines = new ArrayList<>();
        byNiche.forEach((id, tally) -> nicheLines.add(tally.line(id == null ? "" : id.toString(),
                id == null ? texts.get("report.noNiche") : nicheNames.getOrDefault(id, texts.get("report.removedNiche")))));
        nicheLines.sort(Comparator.comparing(ValueLine::label));
        List<ValueLine> regionLines = new ArrayList<>();
        byRegion.forEach((region, tally) -> regionLines.add(tally.line(region, region.isEmpty() ? texts.get("report.noRegion") : region)));
        List<ValueLine> monthLines = new ArrayList<>();
        byMonth.forEach((month, tally) -> monthLines.add(tally.line(month.toString(), month.toString())));
        Comparator<Map.Entry<UUID, long[]>> heavierFirst = Comparator.comparing((Map.Entry<UUID, long[]> e) -> e.getValue(),
                StoreValueReports::heavierFirst).thenComparing(Map.Entry::getKey);
        // the heaviest few of up to 100,000 members, without sorting them all
        java.util.PriorityQueue<Map.Entry<UUID, long[]>> heaviest = new java.util.PriorityQueue<>(heavierFirst.reversed());
        for (Map.Entry<UUID, long[]> member : memberWeights.entrySet()) {
            heaviest.add(member);
            if (heaviest.size() > members) {
                heaviest.poll();
            }
        }
        List<UUID> topMembers = heaviest.stream().sorted(heavierFirst).map(Map.Entry::getKey).toList();
        Map<UUID, Tally> byMember = new HashMap<>();
        topMembers.forEach(member -> byMember.put(member, new Tally()));
        for (Read introduction : introductions) {
            for (UUID member : new UUID[] {introduction.first, introduction.second}) {
                Tally tally = byMember.get(member);
                if (tally != null) {
                    tally.add(introduction);
                }
            }
        }
        Map<UUID, ContactSummary> names = profiles.summaries(topMembers);
        List<ValueLine> memberLines = topMembers.stream().map(member -> byMember.get(member).line(member.toString(),
                names.containsKey(member) ? names.get(member).name() : texts.get("report.removedContact"))).toList();
        return new ValueReport(query, total.line("total", texts.get("report.total")), nicheLines, regionLines, monthLines, memberLines);
    }

    /** Members whose introductions went furthest first: more met, then more accepted, then more jobs. */
    private static int heavierFirst(long[] a, long[] b) {
        return a[0] != b[0] ? Long.compare(b[0], a[0]) : a[1] != b[1] ? Long.compare(b[1], a[1]) : Long.compare(b[2], a[2]);
    }

    private List<Read> read(ValueQuery query) {
        StringBuilder where = new StringBuilder("WHERE TRUE");
        List<Object> values = new ArrayList<>();
        if (query.from() != null) {
            where.append(" AND I.PROPOSED_ON >= ?");
            values.add(query.from());
        }
        if (query.to() != null) {
            where.append(" AND I.PROPOSED_ON <= ?");
            values.add(query.to());
        }
        if (query.niche() != null) {
            where.append(" AND I.NICHE_ID = ?");
            values.add(query.niche());
        }
        if (query.region() != null) {
            where.append(" AND (I.FIRST_REGION = ? OR I.SECOND_REGION = ?)");
            values.add(query.region());
            values.add(query.region());
        }
        if (query.member() != null) {
            where.append(" AND (I.FIRST_ID = ? OR I.SECOND_ID = ?)");
            values.add(query.member());
            values.add(query.member());
        }
        return store.read(connection -> {
            // two plain reads, the outcomes attached by introduction: cheaper than one join sorted by introduction
            Map<UUID, Read> found = new LinkedHashMap<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT I.ID, I.FIRST_ID, I.SECOND_ID, I.FIRST_REGION, "
                    + "I.SECOND_REGION, I.NICHE_ID, I.PROPOSED_ON, I.FIRST_ANSWER = 'ACCEPTED' AND I.SECOND_ANSWER = 'ACCEPTED', "
                    + "I.MET_ON IS NOT NULL FROM NICHE_INTRODUCTION I " + where)) {
                Sql.bind(select, values.toArray());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        found.put(Sql.uuid(rows, 1), new Read(Sql.uuid(rows, 2), Sql.uuid(rows, 3), rows.getString(4), rows.getString(5),
                                Sql.uuid(rows, 6), Sql.date(rows, 7), rows.getBoolean(8), rows.getBoolean(9)));
                    }
                }
            }
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT INTRODUCTION_ID, KIND, VALUE_MINOR, CURRENCY, JOBS FROM NICHE_OUTCOME");
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Read introduction = found.get(Sql.uuid(rows, 1));
                    if (introduction != null) {
                        introduction.outcomes.add(new Object[] {OutcomeKind.valueOf(rows.getString(2)),
                                rows.getObject(3) == null ? null : rows.getLong(3),
                                rows.getString(4) == null ? null : CurrencyCode.valueOf(rows.getString(4)), rows.getInt(5)});
                    }
                }
            }
            return new ArrayList<>(found.values());
        });
    }

    @Override
    public void writeCsv(ValueReport report, Writer out, CurrencyCode target, BigDecimal rate, Locale locale) throws IOException {
        Messages texts = NicheTexts.in(locale);
        List<String> headings = new ArrayList<>(List.of(texts.get("csv.section"), texts.get("csv.key"), texts.get("csv.label"),
                texts.get("csv.proposed"), texts.get("csv.accepted"), texts.get("csv.met")));
        for (OutcomeKind kind : OutcomeKind.values()) {
            headings.add(texts.get("outcome." + kind.name()));
        }
        headings.add(texts.get("csv.jobs"));
        for (CurrencyCode currency : CurrencyCode.values()) {
            headings.add(texts.get("csv.value", currency.name()));
        }
        boolean converting = target != null && rate != null;
        if (converting) {
            headings.add(texts.get("csv.converted", target.name(), rate.toPlainString(),
                    CurrencyCode.values()[1 - target.ordinal()].name()));
        }
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(headings.toArray(String[]::new)).get())) {
            write(csv, texts.get("report.total"), List.of(report.total()), target, rate);
            write(csv, texts.get("report.byNiche"), report.byNiche(), target, rate);
            write(csv, texts.get("report.byRegion"), report.byRegion(), target, rate);
            write(csv, texts.get("report.byMonth"), report.byMonth(), target, rate);
            write(csv, texts.get("report.byMember"), report.byMember(), target, rate);
        }
    }

    private static void write(CSVPrinter csv, String section, List<ValueLine> lines, CurrencyCode target, BigDecimal rate)
            throws IOException {
        for (ValueLine line : lines) {
            List<Object> cells = new ArrayList<>(List.of(section, line.key(), SpreadsheetCells.text(line.label()), line.proposed(),
                    line.accepted(), line.met()));
            for (OutcomeKind kind : OutcomeKind.values()) {
                cells.add(line.outcomes().getOrDefault(kind, 0L));
            }
            cells.add(line.jobs());
            for (CurrencyCode currency : CurrencyCode.values()) {
                cells.add(line.value(currency).amount().toPlainString());
            }
            if (target != null && rate != null) {
                cells.add(line.convertedTo(target, rate).amount().toPlainString());
            }
            csv.printRecord(cells);
        }
    }
}
