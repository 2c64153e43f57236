package org.liaison.bench.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.liaison.bench.BenchLine;
import org.liaison.bench.BenchSettings;
import org.liaison.bench.Benchmark;
import org.liaison.bench.data.SyntheticContacts;
import org.liaison.contacts.ContactQuery;
import org.liaison.contacts.ContactService;
import org.liaison.contacts.Person;
import org.liaison.contacts.io.ContactImporter;
import org.liaison.store.Store;
import org.liaison.contacts.io.ImportPlan;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Imports a CSV file of synthetic contacts through the importer (read, check, find duplicates,
 * write with capture and search index, in one transaction), against the database engine reading
 * the same file into a plain table with CSVREAD.
 */
@Component(service = Benchmark.class)
public class ContactsImportBenchmark implements Benchmark {

    @Reference
    private ContactImporter importer;
    @Reference
    private ContactService contacts;
    @Reference
    private Store store;

    @Override
    public String name() {
        return "contacts-import";
    }

    @Override
    public String description() {
        return "CSV import of synthetic contacts through the importer, against a raw CSVREAD insert of the same file";
    }

    @Override
    public void run(BenchSettings settings, PrintStream out) throws IOException, SQLException, InterruptedException {
        Path file = settings.workDirectory().resolve("contacts.csv");
        write(new SyntheticContacts(5, 0.0).people(settings.rows()), file);

        TimedImport imported = TimedImport.of(importer, file);
        long importEnded = System.nanoTime();
        ImportPlan plan = imported.plan();
        long created = imported.created();
        double planSeconds = imported.planSeconds();
        double seconds = imported.seconds();
        long searchStart = System.nanoTime();
        int found = 0;
        for (String query : List.of("amelia", "rouen", "zoe")) {
            found += contacts.search(ContactQuery.text(query).page(0, 50)).size();
        }
        double searchMillis = (System.nanoTime() - searchStart) / 1e6 / 3;
        awaitSearchWords();
        double wordsSeconds = (System.nanoTime() - importEnded) / 1e9;

        // what an office does every week: a partner's list into the full base, each row looked up among everybody
        int more = Math.max(1, settings.rows() / 10);
        Path further = settings.workDirectory().resolve("further.csv");
        write(new SyntheticContacts(6, 0.0).people(more), further);
        TimedImport furtherImport = TimedImport.of(importer, further);
        long furtherCreated = furtherImport.created();
        double furtherSeconds = furtherImport.seconds();
        awaitSearchWords();

        String csvRead = "CSVREAD('" + file.toAbsolutePath().toString().replace("'", "''") + "', NULL, 'charset=UTF-8')";
        double rawSeconds;
        try (Connection raw = RawDatabase.open("jdbc:h2:file:" + settings.workDirectory().resolve("raw-import/raw"));
                Statement statement = raw.createStatement()) {
            long rawStart = System.nanoTime();
            statement.execute("CREATE TABLE RAW_CONTACT AS SELECT * FROM " + csvRead);
            rawSeconds = (System.nanoTime() - rawStart) / 1e9;
        }
        double sameTablesSeconds = rawIntoSameTables(settings, csvRead);
        out.println(BenchLine.format(name(), Math.round(created / seconds), "contacts/s", Math.round(settings.rows() / rawSeconds),
                "rows/s"));
        // the same work's comparison: the engine writing the same rows into the same tables; goal <= 2.5
        out.println(BenchLine.format(name() + "-tables", seconds, "s", sameTablesSeconds, "s (raw H2, same tables and indexes)"));
        out.printf(Locale.ROOT, "  %d rows: importer %.1f s (reading and checking %.1f s, writing %.1f s; %d created, "
                + "%d refused), raw CSVREAD %.2f s (%.1fx)%n"
                + "  the word index had every imported contact %.1f s after the import (found through the listing meanwhile: "
                + "a search right after the import took %.0f ms, %d rows found)%n"
                + "  a further %d rows into those %d contacts: %.1f s, %d contacts/s (%d created, %d known or refused)%n"
                + "  raw H2 writing the same people, emails, phones, tags and listing into the same tables and indexes from CSVREAD, "
                + "in one transaction (no checks, no capture for sync, no search words): %.1f s; the importer takes %.1fx that "
                + "(goal <= 2.5x)%n",
                settings.rows(), seconds, planSeconds, seconds - planSeconds, created, plan.invalidRows(), rawSeconds,
                seconds / rawSeconds, wordsSeconds, searchMillis, found, more, created, furtherSeconds, Math.round(more / furtherSeconds), furtherCreated,
                more - furtherCreated, sameTablesSeconds, seconds / sameTablesSeconds);
    }

    /**
     * The engine alone writing what the importer writes for each person, into tables made like the
     * store's (their definitions and indexes read from it, without the capture triggers).
     */
    private double rawIntoSameTables(BenchSettings settings, String csvRead) throws SQLException {
        try (Connection raw = RawDatabase.withTablesLike(store, List.of("CONTACT_PERSON", "CONTACT_EMAIL", "CONTACT_PHONE", "CONTACT_TAG",
                "CONTACT_SEARCH_ENTRY"), "jdbc:h2:file:" + settings.workDirectory().resolve("raw-same-tables/raw"));
                Statement statement = raw.createStatement()) {
            raw.setAutoCommit(false);
            long start = System.nanoTime();
            statement.execute("CREATE LOCAL TEMPORARY TABLE STAGE AS SELECT RANDOM_UUID() AS ID, * FROM " + csvRead);
            statement.execute("INSERT INTO CONTACT_PERSON (ID, GIVEN_NAME, FAMILY_NAME, REGION, CITY, POSTCODE, COUNTRY, ROLE, "
                    + "READINESS, CREATED_AT, UPDATED_AT) SELECT ID, \"First name\", \"Last name\", REGION, CITY, "
                    + "POSTCODE, LEFT(REGION, 2), 'OTHER', 'OPEN', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM STAGE");
            statement.execute("INSERT INTO CONTACT_EMAIL (ID, CONTACT_ID, ADDRESS, IS_PRIMARY) "
                    + "SELECT RANDOM_UUID(), ID, EMAIL, TRUE FROM STAGE");
            statement.execute("INSERT INTO CONTACT_PHONE (ID, CONTACT_ID, NUMBER_E164, KIND) "
                    + "SELECT RANDOM_UUID(), ID, PHONE, 'OTHER' FROM STAGE WHERE PHONE IS NOT NULL");
            statement.execute("INSERT INTO CONTACT_TAG (ID, CONTACT_ID, TAG) SELECT RANDOM_UUID(), ID, "
                    + "TRIM(REGEXP_SUBSTR(TAGS, '[^,]+', 1, N.X)) FROM STAGE, SYSTEM_RANGE(1, 5) N "
                    + "WHERE REGEXP_SUBSTR(TAGS, '[^,]+', 1, N.X) IS NOT NULL");
            statement.execute("INSERT INTO CONTACT_SEARCH_ENTRY (CONTACT_ID, KIND, NAME, DETAIL, REGION, SORT_KEY) "
                    + "SELECT ID, 'PERSON', \"First name\" || ' ' || \"Last name\", EMAIL, REGION, "
                    + "LOWER(\"Last name\" || ' ' || \"First name\") FROM STAGE");
            raw.commit();
            return (System.nanoTime() - start) / 1e9;
        }
    }

    private void awaitSearchWords() throws InterruptedException {
        while (contacts.awaitingSearchWords() > 0) {
            Thread.sleep(200);
        }
    }

    private static void write(List<SyntheticContacts.Generated> people, Path file) throws IOException {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader("First name", "Last name", "Email", "Phone", "Region",
                        "City", "Postcode", "Tags").get().print(writer)) {
            for (SyntheticContacts.Generated generated : people) {
                Person p = generated.person();
                csv.printRecord(p.givenName(), p.familyName(), p.emails().get(0).address(),
                        p.phones().isEmpty() ? "" : p.phones().get(0).number(), p.region(), p.address().city(),
                        p.address().postcode(), String.join(", ", p.tags()));
            }
        }
    }
}
