package org.liaison.bench.data;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Random;

import org.liaison.core.id.Ids;

/**
 * Flat contact rows of East Sussex and Upper Normandy for the write and sync benchmarks (the synced
 * table {@code BENCH_CONTACT}, and the raw tables they are compared with), the same for a seed.
 */
public final class ContactRows {

    public static final String COLUMNS = "ID, FIRST_NAME, LAST_NAME, EMAIL, PHONE, CITY, POSTCODE, REGION, CREATED_AT";
    /** The table {@code %s} as the bench bundle's migration makes {@code BENCH_CONTACT}, for a raw baseline. */
    public static final String CREATE = "CREATE TABLE %s (ID UUID NOT NULL PRIMARY KEY, FIRST_NAME VARCHAR(100) NOT NULL, "
            + "LAST_NAME VARCHAR(100) NOT NULL, EMAIL VARCHAR(254), PHONE VARCHAR(20), CITY VARCHAR(100), "
            + "POSTCODE VARCHAR(12), REGION VARCHAR(6), CREATED_AT TIMESTAMP WITH TIME ZONE NOT NULL)";
    public static final String INSERT = "INSERT INTO %s (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final Random random;
    private final OffsetDateTime created = OffsetDateTime.of(2026, 11, 1, 9, 0, 0, 0, ZoneOffset.UTC);

    public ContactRows(long seed) {
        random = new Random(seed);
    }

    /** Sets the parameters of {@link #INSERT} for the next row: names and places of {@link SyntheticContacts}. */
    public void bindNext(PreparedStatement insert, int n) throws SQLException {
        boolean french = random.nextDouble() < 0.4;
        String first = pick(french ? SyntheticContacts.FR_FIRST : SyntheticContacts.UK_FIRST);
        String last = pick(french ? SyntheticContacts.FR_LAST : SyntheticContacts.UK_LAST);
        String[] place = french ? SyntheticContacts.FR_PLACES[random.nextInt(SyntheticContacts.FR_PLACES.length)]
                : SyntheticContacts.UK_PLACES[random.nextInt(SyntheticContacts.UK_PLACES.length)];
        insert.setObject(1, Ids.newId());
        insert.setString(2, first);
        insert.setString(3, last);
        insert.setString(4, SyntheticContacts.ascii(first) + "." + SyntheticContacts.ascii(last) + n + "@example.org");
        insert.setString(5, french ? String.format("+336%08d", random.nextInt(100_000_000))
                : String.format("+447700%06d", random.nextInt(1_000_000)));
        insert.setString(6, place[0]);
        insert.setString(7, place[1]);
        insert.setString(8, french ? place[2] : "GB-ESX");
        insert.setObject(9, created.plusSeconds(n));
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
