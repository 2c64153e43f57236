package org.liaison.contacts.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.liaison.contacts.ContactNotes;
import org.liaison.contacts.Email;
import org.liaison.contacts.Person;
import org.liaison.contacts.Phone;
import org.liaison.contacts.PhoneNumbers;
import org.liaison.contacts.PostalAddress;
import org.liaison.contacts.io.ImportExtras;
import org.liaison.contacts.io.ImportField;
import org.liaison.contacts.io.ImportRow;
import org.liaison.core.i18n.Messages;
import org.liaison.core.validation.ValidationException;
import org.liaison.core.validation.ValidationProblem;

/**
 * Reads one row of an import into a person, checked: what makes the row unusable (no name and no
 * email, a malformed email) is a problem; what is only doubtful (a telephone number that cannot be
 * read, a country, region or date not recognised) is a warning, and the value is kept as written.
 */
final class ImportRowReader {

    /** Longest cell accepted; anything longer is not a contact field (a pasted document, a broken file). */
    static final int MAX_CELL = 4_000;
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{2}|\\d{4})");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ].*)?");
    /** How Outlook writes a birthday it does not know. */
    private static final Pattern NO_DATE = Pattern.compile("0?0[/.\\-]0?0[/.\\-]0{2,4}");
    /** The longest note an import writes, leaving room for the line that says which import wrote it. */
    private static final int NOTE_LENGTH = ContactNotes.MAX_LENGTH - 500;
    /** The ISO 639-1 code of each language by its English and French names ("french", "francais"). */
    private static final java.util.Map<String, String> LANGUAGES = new java.util.HashMap<>();

    static {
        for (String language : Locale.getISOLanguages()) {
            Locale known = Locale.forLanguageTag(language);
            LANGUAGES.put(ImportField.simplify(known.getDisplayLanguage(Locale.ENGLISH)), language);
            LANGUAGES.put(ImportField.simplify(known.getDisplayLanguage(Locale.FRENCH)), language);
        }
    }

    private static final Pattern LINKEDIN_PROFILE = Pattern.compile(
            "(?i)(?:https?://)?(?:[a-z]{2,3}\\.)?linkedin\\.com/in/([^/?#\\s]+)/?(?:[?#].*)?");
    /** What a file writes for "no" in a yes-or-no column. */
    private static final Pattern NO = Pattern.compile("(?i)\\s*(no|non|false|faux|0|n)?\\s*");
    /** What Odoo's Is a Company, CiviCRM's Contact Type and Apple's X-ABShowAs write for an organisation. */
    private static final Pattern ORGANISATION_ROW = Pattern.compile("true|vrai|yes|oui|1|organi[sz]ation|company|societe|entreprise");
    private static final Pattern COUNTRY_CODE = Pattern.compile("^(?:\\+|00)(33|44)");
    private static final Pattern INTERNATIONAL_WITHOUT_PLUS = Pattern.compile("(?:33|44)\\d{9,10}");
    private static final Pattern LANGUAGE_CODE = Pattern.compile("([a-zA-Z]{2,3})(?:[_-][a-zA-Z]{2})?");

    private final ContactChecks checks;

    ImportRowReader(ContactChecks checks) {
        this.checks = checks;
    }

    /**
     * The row read with {@code mapping}; {@code addressGroups} tell which address each column
     * belongs to (see {@link RowValues#addressGroups}), {@code null} for one address.
     */
    ImportRow read(List<String> cells, int line, List<ImportField> mapping, List<String> addressGroups, String defaultCountry,
            Locale locale, Messages texts) {
        List<ValidationProblem> problems = new ArrayList<>();
        for (int i = 0; i < Math.min(cells.size(), mapping.size()); i++) {
            int limit = mapping.get(i) == ImportField.NOTES ? ContactNotes.MAX_LENGTH : MAX_CELL;
            if (cells.get(i).strip().length() > limit) {
                problems.add(ValidationProblem.line(line, mapping.get(i).name().toLowerCase(Locale.ROOT), texts.get("tooLong", limit)));
            }
        }
        if (!problems.isEmpty()) {
            return new ImportRow(line, null, problems, null, null);
        }
        RowValues values = RowValues.of(cells, mapping, addressGroups);
        Warnings warnings = new Warnings(line, texts);
        values.otherAddresses().forEach(a -> warnings.note("import.note.otherAddress", a));

        String countryWritten = values.first(ImportField.COUNTRY);
        String country = PlaceNames.country(countryWritten).orElse(null);
        if (countryWritten != null && country == null) {
            warnings.keep("country", "import.countryUnknown", "import.note.country", countryWritten);
        }
        String postcode = values.first(ImportField.POSTCODE);
        String regionWritten = values.first(ImportField.REGION);
        // a country written but not known says the place is not what its postcode's shape suggests
        Optional<String> place = countryWritten != null && country == null ? Optional.empty()
                : placeCountry(country, regionWritten, postcode);
        String region = PlaceNames.region(regionWritten, place.orElse(defaultCountry)).orElse(null);
        if (regionWritten != null && region == null) {
            warnings.keep("region", "import.regionUnknown", "import.note.region", regionWritten);
        }
        if (region == null && place.filter("FR"::equals).isPresent()) {
            region = PlaceNames.departmentOfPostcode(postcode).orElse(null);
        }
        String phoneCountry = place.orElseGet(() -> numbersCountry(values).orElse(defaultCountry));

        List<Email> emails = new ArrayList<>();
        for (String email : values.all(ImportField.EMAIL)) {
            if (email.regionMatches(true, 0, "/o=", 0, 3)) {
                // Outlook's Exchange address of a colleague ("/o=ExchangeLabs/ou=..."), not one to write to
                warnings.add("emails", texts.get("import.exchangeAddress", email));
            } else {
                emails.add(new Email(email, emails.isEmpty()));
            }
        }
        List<Phone> phones = new ArrayList<>();
        for (RowValues.WrittenPhone written : values.phones()) {
            phone(written, phoneCountry, warnings).ifPresent(phones::add);
        }
        String[] name = name(values);
        if (name[0] == null && name[1] == null && !emails.isEmpty() && emails.get(0).address().length() <= 100
                && readable(emails.get(0).address(), locale)) {
            name[1] = emails.get(0).address();
            warnings.add("familyName", texts.get("import.namedByEmail"));
        }
        Person draft = new Person(null, name[0], name[1], language(values.first(ImportField.PREFERRED_LANGUAGE), warnings), Set.of(), region,
                new PostalAddress(values.street(), postcode, values.first(ImportField.CITY), place.orElse(null),
                        null, null),
                null, null, values.first(ImportField.SOURCE), null, null, emails, phones, tags(values), List.of());
        LocalDate birthday = birthday(values.first(ImportField.BIRTHDAY), warnings);
        Person checked = null;
        try {
            checked = checks.check(draft, locale);
        } catch (ValidationException e) {
            problems.addAll(e.problems());
        }
        String organisationId = null;
        if (values.first(ImportField.ORGANISATION_ID) != null) {
            try {
                organisationId = OrganisationIds.of(values.first(ImportField.ORGANISATION_ID), "organisation_id", locale);
            } catch (ValidationException e) {
                problems.addAll(e.problems());
            }
        }
        String optedOut = values.first(ImportField.OPTED_OUT);
        ImportExtras extras = new ImportExtras(values.first(ImportField.JOB_TITLE), values.first(ImportField.DEPARTMENT),
                website(values), linkedIn(values), birthday, warnings.note(values.all(ImportField.NOTES)),
                optedOut == null || NO.matcher(optedOut).matches() ? null : optedOut);
        String kind = values.first(ImportField.ROW_KIND);
        if (kind != null && ORGANISATION_ROW.matcher(ImportField.simplify(kind)).matches()) {
            problems.add(ValidationProblem.field("row_kind", texts.get("import.organisationRow", kind)));
        }
        for (String[] field : new String[][] { { "job_title", extras.jobTitle() }, { "department", extras.department() },
                { "website", extras.website() }, { "linkedin", extras.linkedIn() } }) {
            if (field[1] != null && field[1].length() > ImportExtrasWriter.FIELD_LENGTH) {
                problems.add(ValidationProblem.field(field[0], texts.get("tooLong", ImportExtrasWriter.FIELD_LENGTH)));
            }
        }
        if (extras.note() != null && extras.note().length() > NOTE_LENGTH) {
            problems.add(ValidationProblem.field("notes", texts.get("tooLong", NOTE_LENGTH)));
        }
        if (!problems.isEmpty()) {
            return new ImportRow(line, null, problems.stream().map(p -> ValidationProblem.line(line, p.field(), p.message())).toList(),
                    null, null, values.first(ImportField.ORGANISATION), null, warnings.found(), extras);
        }
        return new ImportRow(line, checked, List.of(), null, null, values.first(ImportField.ORGANISATION), organisationId,
                warnings.found(), extras);
    }

    private static boolean readable(String email, Locale locale) {
        try {
            org.liaison.contacts.EmailAddresses.normalize(email, "emails", locale);
            return true;
        } catch (ValidationException e) {
            return false; // the checks name it below
        }
    }

    /** The country the row's place says: its country column, else its region, else its postcode's shape. */
    private static Optional<String> placeCountry(String country, String region, String postcode) {
        return Optional.ofNullable(country).or(() -> PlaceNames.region(region, null).map(r -> r.substring(0, 2)))
                .or(() -> PlaceNames.countryOfPostcode(postcode));
    }

    /** The country of a number of the row written with +33 or +44, for the others written without their code. */
    private static Optional<String> numbersCountry(RowValues values) {
        for (RowValues.WrittenPhone phone : values.phones()) {
            Matcher code = COUNTRY_CODE.matcher(phone.text().replaceAll("[\\s().\\-]", ""));
            if (code.find()) {
                return Optional.of("33".equals(code.group(1)) ? "FR" : "GB");
            }
        }
        return Optional.empty();
    }

    /**
     * The number in E.164 form; else kept as written, unchecked, with a warning; one too long to be a
     * number (over {@link Phone#MAX_UNCHECKED_LENGTH}) goes to the note instead.
     */
    private static Optional<Phone> phone(RowValues.WrittenPhone written, String country, Warnings warnings) {
        Locale locale = warnings.texts.locale();
        for (String text : INTERNATIONAL_WITHOUT_PLUS.matcher(written.text()).matches() ? List.of(written.text(), "+" + written.text())
                : List.of(written.text())) { // Brevo writes 33611111111 for +33 6 11 11 11 11
            try {
                return Optional.of(new Phone(PhoneNumbers.toE164(text, country, "phones", locale), written.kind()));
            } catch (ValidationException notThisWay) {
                // tried the next way, else kept as written below
            }
        }
        if (written.text().length() > Phone.MAX_UNCHECKED_LENGTH) {
            warnings.keep("phones", "import.phoneInNote", "import.note.phone", written.text());
            return Optional.empty();
        }
        warnings.add("phones", warnings.texts.get("import.phoneUnchecked", written.text(),
                new Locale("", country).getDisplayCountry(locale)));
        return Optional.of(Phone.unchecked(written.text(), written.kind()));
    }

    /** Given and family names; a whole name alone is split, "DUBOIS Marie" as the French write it, family name first. */
    private static String[] name(RowValues values) {
        String given = values.first(ImportField.GIVEN_NAME);
        String middle = values.first(ImportField.MIDDLE_NAME);
        if (given != null && middle != null) {
            given = given + " " + middle;
        }
        String family = values.first(ImportField.FAMILY_NAME);
        String whole = values.first(ImportField.FULL_NAME);
        if (given != null || family != null || whole == null) {
            return new String[] { given, family };
        }
        String[] words = whole.strip().split("\\s+");
        if (words.length == 1) {
            return new String[] { null, words[0] };
        }
        if (words[0].length() > 1 && words[0].equals(words[0].toUpperCase(Locale.ROOT))
                && !words[1].equals(words[1].toUpperCase(Locale.ROOT))) {
            return new String[] { whole.strip().substring(words[0].length()).strip(), words[0] };
        }
        int last = whole.strip().lastIndexOf(' ');
        return new String[] { whole.strip().substring(0, last).strip(), whole.strip().substring(last + 1) };
    }

    /** A language written as its code ("fr", "en_GB") or its English or French name ("French", "Français"). */
    private static String language(String written, Warnings warnings) {
        if (written == null) {
            return null;
        }
        Matcher code = LANGUAGE_CODE.matcher(written.strip());
        if (code.matches() && java.util.Arrays.asList(Locale.getISOLanguages()).contains(code.group(1).toLowerCase(Locale.ROOT))) {
            return code.group(1).toLowerCase(Locale.ROOT);
        }
        String byName = LANGUAGES.get(ImportField.simplify(written));
        if (byName != null) {
            return byName;
        }
        warnings.keep("preferredLanguage", "import.languageUnknown", "import.note.language", written);
        return null;
    }

    /** Tags, categories or groups: Google's own "* myContacts" and "* starred" are not the person's. */
    private static Set<String> tags(RowValues values) {
        Set<String> tags = new LinkedHashSet<>();
        for (String cell : values.all(ImportField.TAGS)) {
            for (String tag : cell.split("[,;|]")) {
                String clean = tag.strip().replaceAll("^\"|\"$", "").strip();
                if (!clean.isEmpty() && !clean.startsWith("* ")) {
                    tags.add(clean);
                }
            }
        }
        return tags;
    }

    private static String website(RowValues values) {
        return values.all(ImportField.WEBSITE).stream().filter(w -> !isLinkedIn(w)).findFirst().orElse(null);
    }

    private static String linkedIn(RowValues values) {
        return Optional.ofNullable(values.first(ImportField.LINKEDIN))
                .or(() -> values.all(ImportField.WEBSITE).stream().filter(ImportRowReader::isLinkedIn).findFirst())
                .map(ImportRowReader::profile).orElse(null);
    }

    /**
     * A LinkedIn profile written as one: {@code http://linkedin.com/in/Jane-Doe/?trk=x} is
     * {@code https://www.linkedin.com/in/jane-doe}, so that the same person is recognised however the
     * address was copied; an address of another shape is kept as written.
     */
    private static String profile(String url) {
        Matcher profile = LINKEDIN_PROFILE.matcher(url.strip());
        return profile.matches() ? "https://www.linkedin.com/in/" + profile.group(1).toLowerCase(Locale.ROOT) : url.strip();
    }

    private static boolean isLinkedIn(String url) {
        return url.toLowerCase(Locale.ROOT).contains("linkedin.com/");
    }

    /**
     * A birthday written 1980-01-30, 30/01/1980 or 30.01.80 (day first, as in the UK and France,
     * unless the second number cannot be a month); one that does not exist is a warning.
     */
    private static LocalDate birthday(String written, Warnings warnings) {
        if (written == null || NO_DATE.matcher(written).matches()) {
            return null;
        }
        try {
            Matcher iso = ISO_DATE.matcher(written);
            if (iso.matches()) {
                return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
            }
            Matcher dmy = DAY_MONTH_YEAR.matcher(written);
            if (dmy.matches()) {
                int first = Integer.parseInt(dmy.group(1));
                int second = Integer.parseInt(dmy.group(2));
                int year = Integer.parseInt(dmy.group(3));
                if (year < 100) {
                    year += year > LocalDate.now().getYear() % 100 ? 1900 : 2000;
                }
                return second > 12 ? LocalDate.of(year, first, second) : LocalDate.of(year, second, first);
            }
        } catch (DateTimeException e) {
            // a date that does not exist, 31/02/1990: told below and kept in the note
        }
        warnings.keep("birthday", "import.dateInvalid", "import.note.birthday", written);
        return null;
    }

    /** The row's warnings, and the values they leave out kept as written for the person's note. */
    private static final class Warnings {
        private final int line;
        private final Messages texts;
        private final List<ValidationProblem> found = new ArrayList<>();
        private final List<String> kept = new ArrayList<>();

        Warnings(int line, Messages texts) {
            this.line = line;
            this.texts = texts;
        }

        void add(String field, String message) {
            found.add(ValidationProblem.line(line, field, message));
        }

        /** A value not recognised: a warning, and the value as written in the note. */
        void keep(String field, String warning, String label, String written) {
            add(field, texts.get(warning, written));
            note(label, written);
        }

        /** A value with no field of its own, in the note. */
        void note(String label, String written) {
            kept.add(texts.get(label) + " " + written);
        }

        List<ValidationProblem> found() {
            return found;
        }

        /** The file's notes and the values kept as written, or {@code null} when there is neither. */
        String note(List<String> notes) {
            List<String> parts = new ArrayList<>(notes);
            parts.addAll(kept);
            return parts.isEmpty() ? null : String.join("\n\n", parts);
        }
    }
}
