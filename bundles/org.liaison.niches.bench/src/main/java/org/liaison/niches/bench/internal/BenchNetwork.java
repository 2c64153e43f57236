package org.liaison.niches.bench.internal;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.liaison.bench.data.SyntheticContacts;
import org.liaison.contacts.ContactQuery;
import org.liaison.contacts.ContactService;
import org.liaison.contacts.ContactSummary;
import org.liaison.contacts.Organisation;
import org.liaison.contacts.Person;
import org.liaison.contacts.ProfileCriteria;
import org.liaison.core.id.Ids;
import org.liaison.niches.Niche;
import org.liaison.niches.NicheService;
import org.liaison.store.Store;

/**
 * The niches benchmarks' network: the synthetic contacts (100,000 by default), an organisation
 * for every eleven people with a sector and a customer segment, 200 niches, 20,000 open needs and
 * offers and 50,000 introductions at every stage with outcomes in pounds and euros. Contacts and
 * niches go through their services; the bulk rows are written with SQL in the store's
 * transactions, captured for sync like any other write. A kept store (--store) is reused.
 */
final class BenchNetwork {

    static final int NICHES = 200;
    static final int NEEDS_OFFERS = 20_000;
    static final int INTRODUCTIONS = 50_000;
    static final int PEOPLE_PER_ORGANISATION = 11;
    /** 36 divisions and 3 segments: 108 pairs, so that a niche of two divisions holds about 2,000 contacts of 110,000. */
    static final String[] DIVISIONS = {"01", "10", "11", "13", "16", "18", "20", "22", "23", "25", "26", "28", "30", "33", "41", "43",
        "45", "46", "47", "49", "52", "55", "56", "58", "62", "63", "69", "70", "71", "72", "73", "74", "77", "79", "82", "85"};
    static final String[] SEGMENTS = {"B2B", "B2C", "PUBLIC"};
    private static final String[] CATEGORIES = {"EXPERTISE", "KNOWLEDGE", "KNOW_HOW", "MARKET_ACCESS", "PARTNER", "SUPPLIER", "CUSTOMER",
        "FUNDING", "PREMISES", "OTHER"};
    private static final String[] OUTCOMES = {"PARTNERSHIP", "CONTRACT", "SUPPLIER_DEAL", "JOINT_BID", "KNOWLEDGE_EXCHANGE", "NOTHING_YET"};
    private static final int BATCH = 5_000;

    private BenchNetwork() {
    }

    /** Loads the network unless the store holds it already; says what it did on {@code out}. */
    static void ensure(int people, ContactService contacts, NicheService niches, Store store, PrintStream out) throws SQLException {
        if (count(store, "NICHE_NETWORK") >= NICHES) {
            out.printf(Locale.ROOT, "  network already in the kept store%n");
            return;
        }
        long start = System.nanoTime();
        List<UUID> persons = SyntheticContacts.save(contacts, new SyntheticContacts(11, 0).people(people)).stream().map(Person::id).toList();
        List<UUID> organisations = new ArrayList<>();
        int count = Math.max(1, people / PEOPLE_PER_ORGANISATION);
        for (int i = 0; i < count; i++) {
            organisations.add(contacts.save(new Organisation(null, "Bench " + DIVISIONS[i % DIVISIONS.length] + " Ltd " + i, null, null,
                    null, null, null, i % 2 == 0 ? "GB-ESX" : "FR-76", null, Set.of(DIVISIONS[i % DIVISIONS.length]),
                    Set.of(SEGMENTS[i / DIVISIONS.length % SEGMENTS.length]), Set.of()), Locale.ENGLISH).id());
        }
        batched(store, persons.size(), (insert, i) -> {
            insert.setObject(1, Ids.newId());
            insert.setObject(2, persons.get(i));
            insert.setObject(3, organisations.get(i % organisations.size()));
        }, "INSERT INTO CONTACT_AFFILIATION (ID, PERSON_ID, ORGANISATION_ID) VALUES (?, ?, ?)");
        List<UUID> nicheIds = new ArrayList<>();
        for (int n = 0; n < NICHES; n++) {
            String first = DIVISIONS[n % DIVISIONS.length];
            Set<String> sectors = n < DIVISIONS.length * SEGMENTS.length ? Set.of(first)
                    : Set.of(first, DIVISIONS[(n + 1) % DIVISIONS.length]);
            nicheIds.add(niches.save(new Niche(null, "Bench niche " + n, "Niche de test " + n, null, null, new ProfileCriteria(sectors,
                    Set.of(SEGMENTS[n / DIVISIONS.length % SEGMENTS.length]), Set.of(), Set.of()), "bench"), Locale.ENGLISH).id());
        }
        Random random = new Random(2007);
        LocalDate today = LocalDate.now();
        OffsetDateTime now = OffsetDateTime.now();
        List<UUID> items = new ArrayList<>();
        batched(store, NEEDS_OFFERS, (insert, i) -> {
            UUID id = Ids.newId();
            items.add(id);
            insert.setObject(1, id);
            insert.setString(2, i % 2 == 0 ? "NEED" : "OFFER");
            insert.setObject(3, persons.get(random.nextInt(persons.size())));
            insert.setString(4, CATEGORIES[random.nextInt(CATEGORIES.length)]);
            insert.setString(5, "Synthetic " + (i % 2 == 0 ? "need " : "offer ") + i);
            insert.setString(6, random.nextBoolean() ? "en" : "fr");
            insert.setString(7, new String[] {"LOCAL", "CROSS_BORDER", "ANY"}[random.nextInt(3)]);
            insert.setDate(8, Date.valueOf(today.plusDays(30 + random.nextInt(335))));
            insert.setObject(9, now);
            insert.setObject(10, now);
        }, "INSERT INTO NICHE_NEED_OFFER (ID, KIND, OWNER_ID, CATEGORY, DESCRIPTION, LANGUAGE, SCOPE, VALID_UNTIL, STATUS, CREATED_AT, "
                + "UPDATED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?)");
        batched(store, items.size() / 3, (insert, i) -> {
            String division = DIVISIONS[random.nextInt(DIVISIONS.length)];
            insert.setObject(1, Ids.derived("NICHE_NEED_OFFER_TERM", items.get(i * 3), "SECTOR", division));
            insert.setObject(2, items.get(i * 3));
            insert.setString(3, division);
        }, "INSERT INTO NICHE_NEED_OFFER_TERM (ID, NEED_OFFER_ID, KIND, TERM) VALUES (?, ?, 'SECTOR', ?)");
        List<Accepted> accepted = new ArrayList<>();
        Map<UUID, ContactSummary> listed = contacts.search(new ContactQuery("", null, 0, Integer.MAX_VALUE)).stream()
                .collect(Collectors.toMap(ContactSummary::id, c -> c));
        batched(store, INTRODUCTIONS, (insert, i) -> {
            UUID id = Ids.newId();
            UUID first = persons.get(random.nextInt(persons.size()));
            UUID second = persons.get(random.nextInt(persons.size()));
            LocalDate proposed = today.minusDays(random.nextInt(730));
            int fate = random.nextInt(10); // 0-6 accepted by both, 7 declined, 8-9 awaiting
            UUID other = first.equals(second) ? persons.get((persons.indexOf(first) + 1) % persons.size()) : second;
            insert.setObject(1, id);
            insert.setObject(2, first);
            insert.setObject(3, other);
            insert.setObject(4, random.nextInt(5) == 0 ? null : nicheIds.get(random.nextInt(nicheIds.size())));
            insert.setDate(5, Date.valueOf(proposed));
            insert.setString(6, fate <= 7 ? "ACCEPTED" : null);
            insert.setDate(7, fate <= 7 ? Date.valueOf(proposed.plusDays(3)) : null);
            insert.setString(8, fate <= 6 ? "ACCEPTED" : fate == 7 ? "DECLINED" : null);
            insert.setDate(9, fate <= 7 ? Date.valueOf(proposed.plusDays(5)) : null);
            insert.setDate(10, fate <= 3 ? Date.valueOf(proposed.plusDays(20)) : null);
            insert.setString(11, listed.get(first).region());
            insert.setString(12, listed.get(other).region());
            if (fate <= 4) {
                accepted.add(new Accepted(id, proposed));
            }
        }, "INSERT INTO NICHE_INTRODUCTION (ID, FIRST_ID, SECOND_ID, NICHE_ID, PROPOSED_BY, PROPOSED_ON, REASON, FIRST_ANSWER, "
                + "FIRST_ANSWERED_ON, SECOND_ANSWER, SECOND_ANSWERED_ON, MET_ON, FIRST_REGION, SECOND_REGION) "
                + "VALUES (?, ?, ?, ?, 'bench', ?, 'Synthetic', ?, ?, ?, ?, ?, ?, ?)");
        batched(store, accepted.size(), (insert, i) -> {
            Accepted introduction = accepted.get(i);
            boolean valued = random.nextInt(4) > 0;
            insert.setObject(1, Ids.newId());
            insert.setObject(2, introduction.id());
            insert.setString(3, OUTCOMES[random.nextInt(OUTCOMES.length)]);
            insert.setObject(4, valued ? (long) (1_000 + random.nextInt(500_000)) * 100 : null);
            insert.setString(5, valued ? (random.nextBoolean() ? "GBP" : "EUR") : null);
            insert.setInt(6, random.nextInt(4));
            insert.setDate(7, Date.valueOf(introduction.proposed().plusDays(100)));
        }, "INSERT INTO NICHE_OUTCOME (ID, INTRODUCTION_ID, KIND, VALUE_MINOR, CURRENCY, JOBS, RECORDED_ON, RECORDED_BY) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, 'bench')");
        out.printf(Locale.ROOT, "  network loaded in %.0f s: %d people, %d organisations, %d niches, %d needs and offers, "
                + "%d introductions, %d outcomes%n", (System.nanoTime() - start) / 1e9, persons.size(), organisations.size(), NICHES,
                NEEDS_OFFERS, INTRODUCTIONS, accepted.size());
    }

    private record Accepted(UUID id, LocalDate proposed) {
    }

    private interface Row {
        void bind(PreparedStatement insert, int index) throws SQLException;
    }

    /** Inserts {@code rows} rows, {@link #BATCH} to a transaction. */
    private static void batched(Store store, int rows, Row row, String sql) {
        for (int from = 0; from < rows; from += BATCH) {
            int start = from;
            store.transaction(connection -> {
                try (PreparedStatement insert = connection.prepareStatement(sql)) {
                    for (int i = start; i < Math.min(rows, start + BATCH); i++) {
                        row.bind(insert, i);
                        insert.addBatch();
                    }
                    return insert.executeBatch().length;
                }
            });
        }
    }

    static long count(Store store, String table) {
        return store.read(connection -> count(connection, "SELECT COUNT(*) FROM " + table));
    }

    static long count(Connection connection, String sql) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql); var row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    /** The value at {@code share} (0.95 for p95) of the sorted timings. */
}
