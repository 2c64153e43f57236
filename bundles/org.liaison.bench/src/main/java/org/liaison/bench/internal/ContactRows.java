package org.liaison.bench.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Random;

import org.liaison.core.id.Ids;

/** Realistic contact rows of East Sussex and Upper Normandy for write benchmarks, the same for every seed. */
final class ContactRows {

    static final String COLUMNS = "ID, FIRST_NAME, LAST_NAME, EMAIL, PHONE, CITY, POSTCODE, REGION, CREATED_AT";
    static final String INSERT = "INSERT INTO %s (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final String[] FIRST = { "Amélie", "Oliver", "Chloé", "Harry", "Léa", "George", "Manon", "Jack",
            "Hélène", "Emily", "François", "Sophie", "Noémie", "Thomas", "Zoë", "Benoît" };
    private static final String[] LAST = { "Martin", "Smith", "Lefèvre", "Jones", "Dubois", "Taylor", "Moreau",
            "Brown", "Fournier", "Wilson", "Girard", "Evans", "Lemaître", "Clarke", "Rousseau", "Hughes" };
    private static final String[][] PLACES = { { "Brighton", "BN1 1AA", "GB-ESX", "+447700" },
            { "Hastings", "TN34 1EU", "GB-ESX", "+447911" }, { "Eastbourne", "BN21 4UG", "GB-ESX", "+447400" },
            { "Lewes", "BN7 2AA", "GB-ESX", "+447501" }, { "Rouen", "76000", "FR-76", "+33612" },
            { "Le Havre", "76600", "FR-76", "+33645" }, { "Évreux", "27000", "FR-27", "+33678" },
            { "Dieppe", "76200", "FR-76", "+33699" } };

    private final Random random;
    private final OffsetDateTime created = OffsetDateTime.of(2026, 11, 1, 9, 0, 0, 0, ZoneOffset.UTC);

    ContactRows(long seed) {
        random = new Random(seed);
    }

    /** Sets the parameters of {@link #INSERT} for the next row. */
    void bindNext(PreparedStatement insert, int n) throws SQLException {
        String first = FIRST[random.nextInt(FIRST.length)];
        String last = LAST[random.nextInt(LAST.length)];
        String[] place = PLACES[random.nextInt(PLACES.length)];
        insert.setObject(1, Ids.newId());
        insert.setString(2, first);
        insert.setString(3, last);
        insert.setString(4, ascii(first) + "." + ascii(last) + n + "@example.org");
        insert.setString(5, place[3] + String.format("%06d", random.nextInt(1_000_000)));
        insert.setString(6, place[0]);
        insert.setString(7, place[1]);
        insert.setString(8, place[2]);
        insert.setObject(9, created.plusSeconds(n));
    }

    private static String ascii(String name) {
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase();
    }
}
