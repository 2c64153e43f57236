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
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.liaison.bench.BenchLine;
import org.liaison.bench.BenchSettings;
import org.liaison.bench.Benchmark;
import org.liaison.bench.data.SyntheticContacts;
import org.liaison.contacts.Person;
import org.liaison.contacts.io.ContactImporter;
import org.liaison.contacts.io.ImportPlan;
import org.liaison.contacts.io.ImportPreview;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Imports an export of Outlook.com's shape (its 61 columns; three emails, three telephones, a
 * business address, a company of 2,000, a job and a department on each row, a web page and a
 * birthday on most, notes over two lines on one row in ten) through the importer, against the
 * database engine reading the same file into a plain table with CSVREAD.
 */
@Component(service = Benchmark.class)
public class ContactsImportOutlookBenchmark implements Benchmark {

    static final List<String> COLUMNS = List.of("First Name", "Middle Name", "Last Name", "Title", "Suffix", "Nickname", "Given Yomi",
            "Surname Yomi", "E-mail Address", "E-mail 2 Address", "E-mail 3 Address", "Home Phone", "Home Phone 2", "Business Phone",
            "Business Phone 2", "Mobile Phone", "Car Phone", "Other Phone", "Primary Phone", "Pager", "Business Fax", "Home Fax",
            "Other Fax", "Company Main Phone", "Callback", "Radio Phone", "Telex", "TTY/TDD Phone", "IMAddress", "Job Title",
            "Department", "Company", "Office Location", "Manager's Name", "Assistant's Name", "Assistant's Phone", "Company Yomi",
            "Business Street", "Business City", "Business State", "Business Postal Code", "Business Country/Region", "Home Street",
            "Home City", "Home State", "Home Postal Code", "Home Country/Region", "Other Street", "Other City", "Other State",
            "Other Postal Code", "Other Country/Region", "Personal Web Page", "Spouse", "Schools", "Hobby", "Location", "Web Page",
            "Birthday", "Anniversary", "Notes");
    private static final String[] JOBS = { "Managing Director", "Gérante", "Export manager", "Chargé d'affaires", "Founder", "Buyer" };
    private static final String[] DEPARTMENTS = { "Sales", "Ventes", "Export", "Production", "Direction" };

    @Reference
    private ContactImporter importer;

    @Override
    public String name() {
        return "contacts-import-outlook";
    }

    @Override
    public String description() {
        return "import of an Outlook.com export (61 columns, three emails and phones a row), against a raw CSVREAD of the same file";
    }

    @Override
    public void run(BenchSettings settings, PrintStream out) throws IOException, SQLException {
        Path file = settings.workDirectory().resolve("outlook.csv");
        write(new SyntheticContacts(11, 0.0).people(settings.rows()), file);

        TimedImport imported = TimedImport.of(importer, file);
        ImportPreview preview = imported.preview();
        ImportPlan plan = imported.plan();
        long created = imported.created();
        double planSeconds = imported.planSeconds();
        double seconds = imported.seconds();

        double rawSeconds;
        try (Connection raw = RawDatabase.open("jdbc:h2:file:" + settings.workDirectory().resolve("raw-outlook/raw"));
                Statement statement = raw.createStatement()) {
            long rawStart = System.nanoTime();
            statement.execute("CREATE TABLE RAW_OUTLOOK AS SELECT * FROM CSVREAD('"
                    + file.toAbsolutePath().toString().replace("'", "''") + "', NULL, 'charset=UTF-8')");
            rawSeconds = (System.nanoTime() - rawStart) / 1e9;
        }
        out.println(BenchLine.format(name(), Math.round(created / seconds), "contacts/s", Math.round(settings.rows() / rawSeconds),
                "rows/s"));
        out.printf(Locale.ROOT, "  %d rows of %d columns (%.0f MB), read as %s: importer %.1f s (reading and checking %.1f s, "
                + "writing people, organisations, affiliations, fields and notes %.1f s; %d created, %d refused, %d with something "
                + "to check), raw CSVREAD into one plain table %.2f s%n", settings.rows(), COLUMNS.size(), Files.size(file) / 1e6,
                preview.program(), seconds, planSeconds, seconds - planSeconds, created, plan.invalidRows(), plan.rowsWithWarnings(),
                rawSeconds);
    }

    private static void write(List<SyntheticContacts.Generated> people, Path file) throws IOException {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader(COLUMNS.toArray(String[]::new)).get().print(writer)) {
            for (int i = 0; i < people.size(); i++) {
                csv.printRecord(Arrays.asList(row(people.get(i).person(), i)));
            }
        }
    }

    /** One person as Outlook.com writes them, every column in its place. */
    private static String[] row(Person p, int i) {
        Map<String, String> cells = new HashMap<>();
        cells.put("First Name", p.givenName());
        cells.put("Last Name", p.familyName());
        cells.put("E-mail Address", p.emails().get(0).address());
        cells.put("E-mail 2 Address", "contact" + i + "@mail.example.org");
        cells.put("E-mail 3 Address", "p" + i + "@home.example.net");
        cells.put("Business Phone", p.phones().isEmpty() ? "" : p.phones().get(0).number());
        cells.put("Mobile Phone", String.format(Locale.ROOT, "+44 7911 %06d", i % 1_000_000));
        cells.put("Home Phone", String.format(Locale.ROOT, "+33 2 35 %02d %02d %02d", i / 10_000 % 100, i / 100 % 100, i % 100));
        cells.put("Job Title", JOBS[i % JOBS.length]);
        cells.put("Department", DEPARTMENTS[i % DEPARTMENTS.length]);
        cells.put("Company", "Company " + (i % 2_000));
        cells.put("Business Street", p.address().street());
        cells.put("Business City", p.address().city());
        cells.put("Business Postal Code", p.address().postcode());
        cells.put("Business Country/Region", "FR".equals(p.address().country()) ? "France" : "United Kingdom");
        if (i % 4 != 0) {
            cells.put("Web Page", "https://company" + (i % 2_000) + ".example.com");
            cells.put("Birthday", String.format(Locale.ROOT, "%d/%d/%d", 1 + i % 28, 1 + i % 12, 1950 + i % 50));
        }
        if (i % 10 == 0) {
            cells.put("Notes", "Met at the cross-Channel fair.\nWants an introduction to a distributor.");
        }
        return COLUMNS.stream().map(c -> cells.getOrDefault(c, "")).toArray(String[]::new);
    }
}
