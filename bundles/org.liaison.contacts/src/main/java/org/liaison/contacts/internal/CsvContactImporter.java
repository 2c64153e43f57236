package org.liaison.contacts.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.IntPredicate;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.liaison.contacts.ContactService;
import org.liaison.contacts.Organisation;
import org.liaison.contacts.Email;
import org.liaison.contacts.Person;
import org.liaison.contacts.Phone;
import org.liaison.contacts.PostalAddress;
import org.liaison.contacts.io.ContactImporter;
import org.liaison.contacts.io.ExportProgram;
import org.liaison.contacts.io.CsvDialect;
import org.liaison.contacts.io.ImportDecision;
import org.liaison.contacts.io.ImportField;
import org.liaison.contacts.io.ImportPlan;
import org.liaison.contacts.io.ImportPreview;
import org.liaison.contacts.io.ImportRecord;
import org.liaison.contacts.io.ImportResult;
import org.liaison.contacts.io.ImportRow;
import org.liaison.core.i18n.Messages;
import org.liaison.core.id.Ids;
import org.liaison.core.validation.ValidationException;
import org.liaison.core.validation.ValidationProblem;
import org.liaison.store.NetworkKeys;
import org.liaison.store.Store;
import org.liaison.store.StoreException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.databind.ObjectMapper;

/** CSV import read with Commons CSV, checked with the contact rules, written in one transaction. */
@Component(service = ContactImporter.class)
public class CsvContactImporter implements ContactImporter {

    private static final int HEAD_BYTES = 64 * 1024;
    /** How many rows the preview reads to propose the country of numbers written without their code. */
    private static final int COUNTRY_SAMPLE_ROWS = 200;
    /** The most one row may hold: past it, a quote is surely never closed, and reading on would fill the memory. */
    static final int MAX_RECORD_MB = 1;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PROGRESS_ROWS = 500;
    private static final int CHECKED_AT_ONCE = 2_000;

    private final Store store;
    private final NetworkKeys keys;
    private final ContactService contacts;
    private final ContactChecks checks;
    private final ImportRowReader reader;
    private final SearchIndex index;
    private final ImportExtrasWriter extras;

    @Activate
    public CsvContactImporter(@Reference Store store, @Reference ContactService contacts,
            @Reference org.liaison.contacts.sectors.NaceTaxonomy sectors, @Reference NetworkKeys keys,
            @Reference org.liaison.contacts.CustomFields fields, @Reference org.liaison.contacts.ContactNotes notes,
            @Reference org.liaison.contacts.ConsentLedger consents) {
        this.store = store;
        this.keys = keys;
        this.contacts = contacts;
        this.checks = new ContactChecks(sectors, Set::of);
        this.reader = new ImportRowReader(checks);
        this.index = new SearchIndex(sectors);
        this.extras = new ImportExtrasWriter(fields, notes, consents);
    }

    @Override
    public ImportPreview preview(Path file, int rows) throws IOException {
        return preview(file, rows, detect(file));
    }

    @Override
    public ImportPreview preview(Path file, int rows, CsvDialect dialect) throws IOException {
        try (CsvFile csv = open(file, dialect)) {
            Messages texts = ContactTexts.in(Locale.getDefault());
            List<String> headers = csv.next(texts).map(CSVRecord::toList).orElse(List.of());
            List<List<String>> sample = new ArrayList<>();
            while (sample.size() < Math.max(rows, COUNTRY_SAMPLE_ROWS)) {
                Optional<CSVRecord> row;
                try {
                    row = csv.next(texts);
                } catch (ValidationException unreadable) {
                    if (sample.size() < rows) {
                        throw unreadable;
                    }
                    break; // past the rows shown, the sample only proposes a country: the plan names this row
                }
                if (row.isEmpty()) {
                    break;
                }
                sample.add(row.get().toList());
            }
            ExportProgram program = KnownExports.recognise(headers);
            List<ImportField> mapping = savedMapping(headers)
                    .orElseGet(() -> KnownExports.mapping(program, headers));
            return new ImportPreview(dialect, headers, sample.subList(0, Math.min(rows, sample.size())), mapping, program,
                    HeaderLines.before(dialect.headerLine()), CountryHints.proposed(headers, sample, mapping));
        }
    }

    /** The file's dialect, its header line found past any notes above it. */
    static CsvDialect detect(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD_BYTES);
        }
        CsvDialect dialect = CsvDialect.detect(head);
        int skip = dialect.byteOrderMark() ? 3 : 0;
        // the head may end inside a character: only the lines before it are looked at
        String text = new String(head, skip, head.length - skip, dialect.charset());
        return dialect.withHeaderLine(HeaderLines.find(text, dialect.delimiter()));
    }

    private static CsvFile open(Path file, CsvDialect dialect) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (dialect.byteOrderMark()) {
            in.skipNBytes(3);
        }
        RecordBoundReader bound = new RecordBoundReader(new java.io.InputStreamReader(in, dialect.charset().newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)), MAX_RECORD_MB * 1024L * 1024L);
        HeaderLines.skip(bound, dialect.headerLine());
        bound.recordEnded();
        return new CsvFile(CSVFormat.DEFAULT.builder().setDelimiter(dialect.delimiter()).setIgnoreEmptyLines(true).get().parse(bound),
                bound, dialect);
    }

    /** A CSV file read a record at a time, none longer than {@link #MAX_RECORD_MB}. */
    private record CsvFile(CSVParser parser, RecordBoundReader bound, CsvDialect dialect) implements java.io.Closeable {

        /**
         * The next record, or empty at the end of the file.
         *
         * @throws ValidationException naming the line where a record that cannot be read starts
         */
        Optional<CSVRecord> next(Messages texts) {
            int line = line();
            try {
                Iterator<CSVRecord> records = parser.iterator();
                if (!records.hasNext()) {
                    return Optional.empty();
                }
                CSVRecord record = records.next();
                bound.recordEnded();
                return Optional.of(record);
            } catch (java.io.UncheckedIOException | IllegalStateException e) {
                if (e.getCause() instanceof java.nio.charset.CharacterCodingException) {
                    throw new ValidationException(new ValidationProblem(0, null, texts.get("import.encoding", dialect.charset())));
                }
                if (RecordBoundReader.tooLong(e)) {
                    throw new ValidationException(ValidationProblem.line(line, null, texts.get("import.recordTooLong", MAX_RECORD_MB)));
                }
                if (e.getCause() instanceof org.apache.commons.csv.CSVException) {
                    throw new ValidationException(ValidationProblem.line(line, null, texts.get("import.quoteNotClosed")));
                }
                throw e;
            }
        }

        /** The line of the file the next record starts on, the lines before the header counted. */
        int line() {
            return (int) parser.getCurrentLineNumber() + dialect.headerLine();
        }

        @Override
        public void close() throws IOException {
            parser.close();
        }
    }

    @Override
    public ImportPlan plan(Path file, CsvDialect dialect, List<ImportField> mapping, String defaultCountry, Locale locale,
            IntPredicate progress) throws IOException {
        Messages texts = ContactTexts.in(locale);
        List<ImportRow> rows = new ArrayList<>();
        EarlierRows earlierRows = new EarlierRows(texts);
        List<Integer> skipped = new ArrayList<>(HeaderLines.before(dialect.headerLine()));
        // a total or a signature under the last row: rows like a footer that no fuller row follows
        List<Integer> footer = new ArrayList<>();
        try (CsvFile csv = open(file, dialect)) {
            Optional<CSVRecord> header = csv.next(texts);
            if (header.isEmpty()) {
                return new ImportPlan(file.getFileName().toString(), rows, skipped);
            }
            int columns = header.get().size();
            List<String> addressGroups = RowValues.addressGroups(header.get().toList());
            // read in order, checked on every core (the checks are most of the work), a few hundred rows at a time
            List<CSVRecord> read = new ArrayList<>(PROGRESS_ROWS);
            List<Integer> lines = new ArrayList<>(PROGRESS_ROWS);
            while (true) {
                int line = csv.line();
                Optional<CSVRecord> next = csv.next(texts);
                boolean more = next.isPresent();
                if (more) {
                    CSVRecord record = next.get();
                    if (record.stream().allMatch(String::isBlank)) {
                        continue; // a blank row of a spreadsheet: nothing to import, nothing wrong
                    }
                    if (footerLike(record, columns, mapping)) {
                        footer.add(line);
                    } else {
                        footer.clear();
                    }
                    read.add(record);
                    lines.add(line);
                }
                if (read.size() == PROGRESS_ROWS || !more && !read.isEmpty()) {
                    List<ImportRow> checked = java.util.stream.IntStream.range(0, read.size()).parallel()
                            .mapToObj(i -> row(read.get(i), lines.get(i), columns, mapping, addressGroups, defaultCountry, locale, texts))
                            .toList();
                    checked.forEach(r -> rows.add(earlierRows.mark(r)));
                    read.clear();
                    lines.clear();
                    if (!progress.test(rows.size())) {
                        throw new CancellationException("import of " + file.getFileName() + " cancelled at line " + line);
                    }
                }
                if (!more) {
                    break;
                }
            }
        }
        rows.subList(rows.size() - footer.size(), rows.size()).clear();
        skipped.addAll(footer);
        return new ImportPlan(file.getFileName().toString(), markKnownDuplicates(rows, texts), skipped);
    }

    @Override
    public ImportPlan planCards(Path file, String defaultCountry, Locale locale, IntPredicate progress) throws IOException {
        Messages texts = ContactTexts.in(locale);
        List<ImportRow> rows = new ArrayList<>();
        EarlierRows earlierRows = new EarlierRows(texts);
        RecordBoundReader bound = new RecordBoundReader(Files.newBufferedReader(file, java.nio.charset.StandardCharsets.UTF_8),
                EzVCardExchange.MAX_CARD_MB * 1024L * 1024L);
        try (ezvcard.io.text.VCardReader cards = new ezvcard.io.text.VCardReader(bound)) {
            while (true) {
                ezvcard.VCard card;
                try {
                    card = cards.readNext();
                } catch (RecordBoundReader.TooLong e) {
                    throw new ValidationException(ValidationProblem.line(rows.size() + 1, null,
                            texts.get("vcard.cardTooLong", EzVCardExchange.MAX_CARD_MB)));
                }
                if (card == null) {
                    break;
                }
                bound.recordEnded();
                rows.add(earlierRows.mark(card(card, rows.size() + 1, defaultCountry, locale, texts)));
                if (rows.size() % PROGRESS_ROWS == 0 && !progress.test(rows.size())) {
                    throw new CancellationException("import of " + file.getFileName() + " cancelled at card " + rows.size());
                }
            }
        }
        return new ImportPlan(file.getFileName().toString(), markKnownDuplicates(rows, texts));
    }

    /**
     * Whether a row could be a total or a signature under a table: one cell of a table of three or
     * more columns, and not an email address or a number (a subscriber known by their email alone is a row).
     */
    private static boolean footerLike(CSVRecord record, int columns, List<ImportField> mapping) {
        if (columns < 3) {
            return false;
        }
        int filled = -1;
        for (int i = 0; i < record.size(); i++) {
            if (!record.get(i).isBlank()) {
                if (filled >= 0) {
                    return false;
                }
                filled = i;
            }
        }
        ImportField field = filled >= 0 && filled < mapping.size() ? mapping.get(filled) : ImportField.IGNORE;
        return field != ImportField.EMAIL && !field.phone();
    }

    /** A card checked as a row; one whose properties cannot be read is a wrong row, named by its number. */
    private ImportRow card(ezvcard.VCard card, int number, String defaultCountry, Locale locale, Messages texts) {
        VCardRows.Row row;
        try {
            row = VCardRows.of(card);
        } catch (RuntimeException unreadable) {
            return new ImportRow(number, null, List.of(ValidationProblem.line(number, null, texts.get("vcard.unreadable",
                    String.valueOf(unreadable.getMessage())))), null, null);
        }
        return reader.read(row.cells(), number, row.mapping(), null, defaultCountry, locale, texts);
    }

    /** The row checked on its own (an earlier row it repeats is {@link EarlierRows}'s). */
    private ImportRow row(CSVRecord record, int line, int columns, List<ImportField> mapping, List<String> addressGroups,
            String defaultCountry, Locale locale, Messages texts) {
        if (record.size() != columns) {
            return new ImportRow(line, null, List.of(ValidationProblem.line(line, null,
                    texts.get("import.columns", record.size(), columns))), null, null);
        }
        return reader.read(record.toList(), line, mapping, addressGroups, defaultCountry, locale, texts);
    }

    /** Rows whose email or phone a known contact already has, or whose name is like that of someone at their organisation. */
    private List<ImportRow> markKnownDuplicates(List<ImportRow> rows, Messages texts) {
        return store.read(connection -> {
            List<ImportRow> marked = new ArrayList<>(rows.size());
            try (PreparedStatement byEmail = connection.prepareStatement(
                    "SELECT E.CONTACT_ID, S.NAME FROM CONTACT_EMAIL E JOIN CONTACT_SEARCH_ENTRY S ON S.CONTACT_ID = E.CONTACT_ID "
                            + "WHERE E.ADDRESS = ? FETCH FIRST 1 ROW ONLY");
                    PreparedStatement byPhone = connection.prepareStatement(
                            "SELECT P.CONTACT_ID, S.NAME FROM CONTACT_PHONE P JOIN CONTACT_SEARCH_ENTRY S ON S.CONTACT_ID = P.CONTACT_ID "
                                    + "WHERE P.NUMBER_E164 = ? FETCH FIRST 1 ROW ONLY");
                    PreparedStatement byProfile = connection.prepareStatement("SELECT V.CONTACT_ID, S.NAME FROM CONTACT_FIELD_VALUE V "
                            + "JOIN CONTACT_SEARCH_ENTRY S ON S.CONTACT_ID = V.CONTACT_ID WHERE V.FIELD_KEY = '"
                            + ImportExtrasWriter.LINKEDIN.key() + "' AND V.FIELD_VALUE = ? FETCH FIRST 1 ROW ONLY")) {
                KnownColleagues colleagues = new KnownColleagues(connection);
                for (ImportRow row : rows) {
                    ImportRow result = suppressed(connection, row, texts);
                    if (result.person() != null && row.duplicateReason() == null) {
                        for (Email email : row.person().emails()) {
                            result = known(byEmail, email.address().toLowerCase(Locale.ROOT), row, result, texts, "import.sameEmail");
                        }
                        for (Phone phone : row.person().phones().stream().filter(p -> !p.unchecked()).toList()) {
                            result = known(byPhone, phone.number(), row, result, texts, "import.samePhone");
                        }
                        if (row.extras().linkedIn() != null) {
                            result = known(byProfile, row.extras().linkedIn(), row, result, texts, "import.sameProfile");
                        }
                        if (result.duplicateOf() == null && (row.organisation() != null || row.organisationId() != null)) {
                            ImportRow unmatched = result;
                            result = colleagues.like(row.person(), row.organisation(), row.organisationId())
                                    .map(m -> row.asDuplicate(m.id(), texts.get("import.sameNameOrganisation", m.name(),
                                            m.organisation(), Math.round(m.likeness() * 100))))
                                    .orElse(unmatched);
                        }
                    }
                    marked.add(result);
                }
            }
            return marked;
        });
    }

    /** A row with the email or phone of someone erased is refused: they are never to be contacted again. */
    private ImportRow suppressed(Connection connection, ImportRow row, Messages texts) throws SQLException {
        if (row.person() == null) {
            return row;
        }
        List<String> addresses = new ArrayList<>();
        row.person().emails().forEach(e -> addresses.add(e.address()));
        row.person().phones().forEach(p -> addresses.add(p.number()));
        for (String address : addresses) {
            if (Suppression.contains(connection, keys, address)) {
                return row.refused(ValidationProblem.line(row.line(), null, texts.get("import.erased", address)));
            }
        }
        return row;
    }

    private static ImportRow known(PreparedStatement query, String value, ImportRow row, ImportRow current, Messages texts,
            String reason) throws SQLException {
        if (current.duplicateOf() != null) {
            return current;
        }
        query.setString(1, value);
        try (ResultSet found = query.executeQuery()) {
            if (found.next()) {
                return row.asDuplicate(found.getObject(1, UUID.class), texts.get(reason, value, found.getString(2)));
            }
        }
        return current;
    }

    @Override
    public ImportResult apply(ImportPlan plan, Map<Integer, ImportDecision> decisions, boolean onlyValidRows, Locale locale,
            BooleanSupplier cancelled) {
        List<ValidationProblem> problems = new ArrayList<>();
        plan.rows().forEach(r -> problems.addAll(r.problems()));
        if (!problems.isEmpty() && !onlyValidRows) {
            throw new ValidationException(problems);
        }
        List<ImportRow> created = new ArrayList<>();
        List<ImportRow> updated = new ArrayList<>();
        for (ImportRow row : plan.rows()) {
            ImportDecision decision = decisions.getOrDefault(row.line(), row.defaultDecision());
            if (!row.valid() || decision == ImportDecision.SKIP) {
                continue;
            }
            if (decision == ImportDecision.UPDATE && row.duplicateOf() == null) {
                // left out, and named, whatever onlyValidRows says: there is nobody to update
                problems.add(ValidationProblem.line(row.line(), null, ContactTexts.in(locale).get("import.updateNobody")));
                continue;
            }
            (decision == ImportDecision.UPDATE ? updated : created).add(row);
        }
        if (!problems.isEmpty() && !onlyValidRows) {
            throw new ValidationException(problems);
        }
        UUID importId = Ids.newId();
        List<Person> toCreate = checkedAgain(created, locale, cancelled);
        ImportCancellation[] watching = new ImportCancellation[1];
        try {
            store.transaction(connection -> {
                try (ImportCancellation cancellation = new ImportCancellation(store, connection, cancelled)) {
                    watching[0] = cancellation;
                    write(connection, importId, plan, created, toCreate, updated, locale);
                    cancellation.checkpoint();
                    return null;
                }
            });
        } catch (StoreException e) {
            if (watching[0] != null && watching[0].cancelled()) {
                CancellationException stopped = new CancellationException("the import was cancelled: nothing was written");
                stopped.initCause(e);
                throw stopped;
            }
            throw e;
        }
        return new ImportResult(importId, created.size(), updated.size(), plan.rows().size() - created.size() - updated.size());
    }

    /**
     * The people to create checked again (a plan is a record anyone can make), a few thousand at a
     * time on every core, before the transaction: Cancel stops it between two batches, where inside
     * the transaction there would be no statement to cancel while Java checks.
     */
    private List<Person> checkedAgain(List<ImportRow> rows, Locale locale, BooleanSupplier cancelled) {
        List<Person> checked = new ArrayList<>(rows.size());
        List<ValidationProblem> problems = new ArrayList<>();
        for (int from = 0; from < rows.size(); from += CHECKED_AT_ONCE) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("the import was cancelled: nothing was written");
            }
            List<ImportRow> batch = rows.subList(from, Math.min(rows.size(), from + CHECKED_AT_ONCE));
            List<Object> results = batch.parallelStream().map(row -> {
                try {
                    return (Object) checks.check(row.person(), locale);
                } catch (ValidationException e) {
                    return e;
                }
            }).toList();
            for (int i = 0; i < results.size(); i++) {
                if (results.get(i) instanceof ValidationException e) {
                    int line = batch.get(i).line();
                    e.problems().forEach(p -> problems.add(ValidationProblem.line(line, p.field(), p.message())));
                } else {
                    checked.add((Person) results.get(i));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return checked;
    }

    /** What an import writes, in its transaction: the people created and updated, their organisations, the import's record. */
    private void write(Connection connection, UUID importId, ImportPlan plan, List<ImportRow> created, List<Person> toCreate,
            List<ImportRow> updated, Locale locale) throws SQLException {
        // checked already, before the transaction, where Cancel could stop it
        List<Person> saved = contacts instanceof StoreContactService service ? service.saveChecked(toCreate)
                : contacts.saveAll(toCreate, locale);
        record(connection, importId, plan.fileName(), saved.size(), updated.size());
        List<UUID> createdIds = saved.stream().map(Person::id).toList();
        recordRows(connection, importId, created, createdIds, List.of());
        Set<UUID> affiliated = affiliate(connection, importId, created, createdIds, locale);
        ImportExtrasWriter.Session writing = extras.session(importId, plan.fileName(), locale);
        for (int i = 0; i < created.size(); i++) {
            writing.created(createdIds.get(i), created.get(i).extras(), affiliated.contains(createdIds.get(i)));
        }
        writing.writeCreated(connection);
        List<UUID> updatedIds = new ArrayList<>();
        List<String> before = new ArrayList<>();
        for (ImportRow row : updated) {
            Person known = PersonTable.read(connection, row.duplicateOf()).orElseThrow(() -> new ValidationException(
                    List.of(ValidationProblem.line(row.line(), null, ContactTexts.in(locale).get("import.update", row.duplicateOf())))));
            before.add(json(known));
            contacts.save(updatedWith(known, row.person()), locale);
            writing.updated(connection, known.id(), row.extras());
            updatedIds.add(known.id());
        }
        recordRows(connection, importId, updated, updatedIds, before);
    }

    /**
     * Ties each person created to the organisation their row names, with their job title: one
     * already recorded ({@link KnownOrganisations}: by legal id, else by name), else one created for
     * it, which the import records so that a revert removes it. The affiliations are written in one
     * batch and the people listed again once, with their organisations' names to be found by.
     *
     * @return the people whose job title went to their affiliation
     */
    private Set<UUID> affiliate(Connection connection, UUID importId, List<ImportRow> rows, List<UUID> people, Locale locale)
            throws SQLException {
        KnownOrganisations known = new KnownOrganisations(connection);
        Map<String, UUID> organisations = new HashMap<>();
        Set<UUID> affiliated = new java.util.HashSet<>();
        List<UUID> withOrganisation = new ArrayList<>();
        try (RowBatch insert = new RowBatch(connection, "INSERT INTO CONTACT_AFFILIATION "
                + "(ID, PERSON_ID, ORGANISATION_ID, TITLE) VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < rows.size(); i++) {
                String name = rows.get(i).organisation() == null ? "" : rows.get(i).organisation().strip();
                String legalId = rows.get(i).organisationId();
                String key = KnownOrganisations.key(name, legalId);
                if (key.isEmpty()) {
                    continue;
                }
                UUID organisation = organisations.get(key);
                if (organisation == null) {
                    organisation = known.find(name, legalId).stream().findFirst().orElse(null);
                    if (organisation == null) {
                        organisation = contacts.save(newOrganisation(name.isEmpty() ? legalId : name, legalId), locale).id();
                        recordRows(connection, importId, List.of(rows.get(i)), List.of(organisation), List.of());
                        known.recorded(organisation, name);
                    }
                    organisations.put(key, organisation);
                }
                String title = rows.get(i).extras().jobTitle();
                boolean titled = title != null && title.length() <= ImportExtrasWriter.AFFILIATION_TITLE_LENGTH;
                insert.add(Ids.newId(), people.get(i), organisation, titled ? title : null);
                withOrganisation.add(people.get(i));
                if (titled) {
                    affiliated.add(people.get(i));
                }
            }
            insert.send();
        }
        index.relistNew(connection, withOrganisation);
        return affiliated;
    }

    private static Organisation newOrganisation(String name, String legalId) {
        Organisation named = Organisation.named(name);
        if (legalId == null) {
            return named;
        }
        boolean siren = OrganisationIds.isSiren(legalId);
        return new Organisation(null, name, siren ? null : legalId, siren ? legalId : null, null, null, null, null, null,
                Set.of(), Set.of(), Set.of());
    }

    /** The known person with what the row says: its values win where it has one, emails, phones and tags are added. */
    static Person updatedWith(Person known, Person row) {
        List<Email> emails = ContactUnion.emails(known.emails(), row.emails());
        List<Phone> phones = ContactUnion.phones(known.phones(), row.phones());
        Set<String> tags = new LinkedHashSet<>(known.tags());
        tags.addAll(row.tags());
        PostalAddress a = known.address();
        PostalAddress b = row.address();
        PostalAddress address = new PostalAddress(or(b.street(), a.street()), or(b.postcode(), a.postcode()), or(b.city(), a.city()),
                or(b.country(), a.country()), a.latitude(), a.longitude());
        return new Person(known.id(), name(row.givenName(), known.givenName()), name(row.familyName(), known.familyName()),
                or(row.preferredLanguage(), known.preferredLanguage()), known.languages(), or(row.region(), known.region()), address,
                known.role(), known.readiness(), or(row.source(), known.source()), known.referredBy(), known.ownerStaff(), emails,
                phones, tags, known.barriers());
    }

    private static String json(Person person) {
        try {
            return JSON.writeValueAsString(person);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Person person(String json) {
        try {
            return JSON.readValue(json, Person.class);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("a contact kept by an import cannot be read back", e);
        }
    }

    /** The row's spelling of a name, unless it reads as the known one with accents and case aside (Helene for Hélène). */
    private static String name(String row, String known) {
        return known != null && row != null && NameLikeness.folded(row).equals(NameLikeness.folded(known)) ? known : or(row, known);
    }

    private static String or(String preferred, String otherwise) {
        return preferred == null || preferred.isBlank() ? otherwise : preferred;
    }

    private static void record(Connection connection, UUID importId, String fileName, int created, int updated) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO CONTACT_IMPORT (ID, FILE_NAME, IMPORTED_AT, CREATED_COUNT, UPDATED_COUNT) VALUES (?, ?, ?, ?, ?)")) {
            ChildRows.bind(insert, importId, fileName.length() > 300 ? fileName.substring(0, 300) : fileName,
                    OffsetDateTime.now(ZoneOffset.UTC), created, updated);
            insert.executeUpdate();
        }
    }

    /** One row per contact the import touched; {@code before} holds an updated contact as it was (empty for those created). */
    private static void recordRows(Connection connection, UUID importId, List<ImportRow> rows, List<UUID> contactIds,
            List<String> before) throws SQLException {
        try (RowBatch row = new RowBatch(connection,
                "INSERT INTO CONTACT_IMPORT_ROW (IMPORT_ID, CONTACT_ID, LINE, BEFORE_STATE) VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < contactIds.size(); i++) {
                row.add(importId, contactIds.get(i), rows.get(i).line(), before.isEmpty() ? null : before.get(i));
            }
            row.send();
        }
    }

    @Override
    public int revert(UUID importId) {
        return store.transaction(connection -> {
            Map<UUID, String> touched = new LinkedHashMap<>();
            // an erased person stays erased, whatever the import did to them
            try (PreparedStatement query = connection.prepareStatement("SELECT R.CONTACT_ID, R.BEFORE_STATE FROM CONTACT_IMPORT_ROW R "
                    + "JOIN CONTACT_IMPORT I ON I.ID = R.IMPORT_ID WHERE R.IMPORT_ID = ? AND I.REVERTED_AT IS NULL "
                    + "AND NOT EXISTS (SELECT 1 FROM CONTACT_PERSON P WHERE P.ID = R.CONTACT_ID AND P.ERASED)")) {
                query.setObject(1, importId);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        touched.put(rows.getObject(1, UUID.class), rows.getString(2));
                    }
                }
            }
            for (Map.Entry<UUID, String> contact : touched.entrySet()) {
                if (contact.getValue() == null && OrganisationTable.read(connection, contact.getKey()).isPresent()) {
                    ChildRows.runEach(connection, contact.getKey(), List.of("DELETE FROM CONTACT_AFFILIATION WHERE ORGANISATION_ID = ?"));
                    OrganisationTable.delete(connection, contact.getKey());
                } else if (contact.getValue() == null) {
                    PersonTable.delete(connection, contact.getKey());
                } else {
                    contacts.save(person(contact.getValue()), Locale.ROOT);
                }
            }
            ImportExtrasWriter.revert(connection, importId);
            try (PreparedStatement done = connection.prepareStatement(
                    "UPDATE CONTACT_IMPORT SET REVERTED_AT = ? WHERE ID = ? AND REVERTED_AT IS NULL")) {
                done.setObject(1, OffsetDateTime.now(ZoneOffset.UTC));
                done.setObject(2, importId);
                done.executeUpdate();
            }
            return touched.size();
        });
    }

    @Override
    public void saveMapping(List<String> headers, List<ImportField> mapping) {
        if (headers.size() != mapping.size()) {
            throw new IllegalArgumentException(headers.size() + " headers but " + mapping.size() + " fields");
        }
        if (savedMapping(headers).equals(java.util.Optional.of(mapping))) {
            return; // already the one remembered: nothing to write, nor to send to the other desktops
        }
        String key = mappingKey(headers);
        store.transaction(connection -> {
            try (PreparedStatement merge = connection.prepareStatement(
                    "MERGE INTO CONTACT_IMPORT_MAPPING (ID, HEADERS, FIELDS, SAVED_AT) KEY (ID) VALUES (?, ?, ?, ?)")) {
                ChildRows.bind(merge, Ids.derived("import-mapping", key), key,
                        String.join("\n", mapping.stream().map(ImportField::name).toList()), OffsetDateTime.now(ZoneOffset.UTC));
                return merge.executeUpdate();
            }
        });
    }

    /** The mapping saved for these headers, if any. */
    private java.util.Optional<List<ImportField>> savedMapping(List<String> headers) {
        String key = mappingKey(headers);
        return store.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT FIELDS FROM CONTACT_IMPORT_MAPPING WHERE ID = ?")) {
                query.setObject(1, Ids.derived("import-mapping", key));
                try (ResultSet row = query.executeQuery()) {
                    if (!row.next()) {
                        return java.util.Optional.empty();
                    }
                    List<ImportField> fields = new ArrayList<>();
                    for (String name : row.getString(1).split("\n", -1)) {
                        fields.add(ImportField.valueOf(name));
                    }
                    return java.util.Optional.of(fields);
                }
            }
        });
    }

    /** Headers compared as a person reads them: case and surrounding spaces aside. */
    private static String mappingKey(List<String> headers) {
        String key = String.join("\n", headers.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList());
        return key.length() > 4000 ? key.substring(0, 4000) : key;
    }

    @Override
    public List<ImportRecord> history() {
        return store.read(connection -> {
            List<ImportRecord> found = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT ID, FILE_NAME, IMPORTED_AT, CREATED_COUNT, "
                    + "UPDATED_COUNT, REVERTED_AT FROM CONTACT_IMPORT ORDER BY IMPORTED_AT DESC, ID DESC");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    OffsetDateTime reverted = rows.getObject(6, OffsetDateTime.class);
                    found.add(new ImportRecord(rows.getObject(1, UUID.class), rows.getString(2),
                            rows.getObject(3, OffsetDateTime.class).toInstant(), rows.getInt(4), rows.getInt(5),
                            reverted == null ? null : reverted.toInstant()));
                }
            }
            return found;
        });
    }
}
