package org.liaison.contacts.internal;

import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.liaison.contacts.io.ImportField;

import ezvcard.VCard;
import ezvcard.parameter.TelephoneType;
import ezvcard.property.Address;
import ezvcard.property.Birthday;
import ezvcard.property.Organization;
import ezvcard.property.RawProperty;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.property.VCardProperty;

/**
 * A vCard as the cells of an import row, each with the field it holds, so that a card is checked
 * like a row of a CSV file: a number that cannot be read is kept as written with a warning, rather
 * than refusing the card. Apple's labels ({@code item1.X-ABLabel:_$!<Mobile>!$_}) give the kind of
 * the number they go with; ORG gives the organisation and the department, TITLE the job, NOTE the
 * note, URL the website or the LinkedIn profile, ADR the address parts.
 */
final class VCardRows {

    /** The cells of one card and what each holds. */
    record Row(List<String> cells, List<ImportField> mapping) {
    }

    /** Apple's placeholder year of a birthday written without one. */
    private static final int NO_YEAR = 1604;

    private VCardRows() {
    }

    static Row of(VCard card) {
        List<String> cells = new ArrayList<>();
        List<ImportField> mapping = new ArrayList<>();
        Map<String, String> labels = labels(card);
        StructuredName name = card.getStructuredName();
        if (name != null) {
            add(cells, mapping, ImportField.GIVEN_NAME, name.getGiven());
            add(cells, mapping, ImportField.MIDDLE_NAME, String.join(" ", name.getAdditionalNames()));
            add(cells, mapping, ImportField.FAMILY_NAME, name.getFamily());
        }
        if (card.getFormattedName() != null) {
            add(cells, mapping, ImportField.FULL_NAME, card.getFormattedName().getValue());
        }
        // the one to write to first: a card's preferred address, else its first
        card.getEmails().stream().sorted((a, b) -> Integer.compare(pref(a.getPref()), pref(b.getPref())))
                .forEach(e -> add(cells, mapping, ImportField.EMAIL, e.getValue()));
        for (Telephone telephone : card.getTelephoneNumbers()) {
            String number = telephone.getText() != null ? telephone.getText()
                    : telephone.getUri() == null ? null : telephone.getUri().getNumber();
            String label = labels.get(telephone.getGroup());
            add(cells, mapping, ImportField.PHONE_KIND, label != null ? label : kind(telephone));
            add(cells, mapping, ImportField.PHONE, number);
        }
        if (!card.getAddresses().isEmpty()) {
            Address address = card.getAddresses().get(0);
            add(cells, mapping, ImportField.STREET, address.getStreetAddressFull());
            add(cells, mapping, ImportField.STREET, address.getExtendedAddressFull());
            add(cells, mapping, ImportField.CITY, address.getLocality());
            add(cells, mapping, ImportField.REGION, address.getRegion());
            add(cells, mapping, ImportField.POSTCODE, address.getPostalCode());
            add(cells, mapping, ImportField.COUNTRY, address.getCountry());
        }
        Organization organisation = card.getOrganization();
        if (organisation != null && !organisation.getValues().isEmpty()) {
            add(cells, mapping, ImportField.ORGANISATION, organisation.getValues().get(0));
            add(cells, mapping, ImportField.DEPARTMENT, organisation.getValues().size() > 1 ? organisation.getValues().get(1) : null);
        }
        card.getTitles().stream().findFirst().ifPresent(t -> add(cells, mapping, ImportField.JOB_TITLE, t.getValue()));
        card.getNotes().forEach(n -> add(cells, mapping, ImportField.NOTES, n.getValue()));
        card.getUrls().forEach(u -> add(cells, mapping, ImportField.WEBSITE, u.getValue()));
        if (card.getCategories() != null) {
            add(cells, mapping, ImportField.TAGS, String.join(",", card.getCategories().getValues()));
        }
        if (!card.getLanguages().isEmpty()) {
            add(cells, mapping, ImportField.PREFERRED_LANGUAGE, card.getLanguages().get(0).getValue());
        }
        add(cells, mapping, ImportField.BIRTHDAY, birthday(card.getBirthday()));
        // Apple marks a company's card so
        card.getExtendedProperties("X-ABShowAs").forEach(p -> add(cells, mapping, ImportField.ROW_KIND, p.getValue()));
        return new Row(cells, mapping);
    }

    private static void add(List<String> cells, List<ImportField> mapping, ImportField field, String value) {
        if (value != null && !value.isBlank()) {
            cells.add(value);
            mapping.add(field);
        }
    }

    /** Apple's labels by the group they name ("item1" to "Mobile"), its "_$!<Mobile>!$_" unwrapped. */
    private static Map<String, String> labels(VCard card) {
        Map<String, String> labels = new HashMap<>();
        for (RawProperty label : card.getExtendedProperties("X-ABLabel")) {
            if (label.getGroup() != null && label.getValue() != null) {
                labels.put(label.getGroup(), label.getValue().replaceAll("^_\\$!<|>!\\$_$", ""));
            }
        }
        return labels;
    }

    private static String kind(Telephone telephone) {
        List<TelephoneType> types = telephone.getTypes();
        return types.contains(TelephoneType.CELL) ? "mobile" : types.contains(TelephoneType.WORK) ? "work"
                : types.contains(TelephoneType.HOME) ? "home" : "";
    }

    private static int pref(Integer pref) {
        return pref == null ? Integer.MAX_VALUE : pref;
    }

    /** A birthday as the import reads it: ISO; one without its year as "--MM-DD", which the import keeps in the note. */
    private static String birthday(Birthday birthday) {
        if (birthday == null) {
            return null;
        }
        Temporal date = birthday.getDate();
        if (date instanceof LocalDate day) {
            boolean noYear = day.getYear() == NO_YEAR || hasParameter(birthday, "X-APPLE-OMIT-YEAR");
            return noYear ? String.format("--%02d-%02d", day.getMonthValue(), day.getDayOfMonth()) : day.toString();
        }
        if (date instanceof java.time.Instant instant) { // BDAY:19800130T000000Z
            return LocalDate.ofInstant(instant, java.time.ZoneOffset.UTC).toString();
        }
        if (date != null) {
            try {
                return LocalDate.from(date).toString();
            } catch (java.time.DateTimeException e) {
                return date.toString(); // read as written: the import says it is not a date it can read
            }
        }
        return birthday.getPartialDate() != null ? birthday.getPartialDate().toISO8601(true) : birthday.getText();
    }

    private static boolean hasParameter(VCardProperty property, String name) {
        return property.getParameter(name) != null;
    }
}
