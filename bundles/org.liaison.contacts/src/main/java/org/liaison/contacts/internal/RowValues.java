package org.liaison.contacts.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.liaison.contacts.Phone;
import org.liaison.contacts.io.ImportField;

/**
 * The cells of one row gathered by field, as several columns may feed one field: Outlook's three
 * emails and ten telephones, Google's {@code ":::"}-separated values, the lines of a street.
 */
final class RowValues {

    /** How Google separates several values in one cell. */
    private static final Pattern GOOGLE_VALUES = Pattern.compile("\\s*:::\\s*");
    private static final Pattern SEVERAL_EMAILS = Pattern.compile("[\\s,;]+");
    /** The parts of an address. */
    private static final java.util.Set<ImportField> ADDRESS_PARTS = java.util.EnumSet.of(ImportField.STREET, ImportField.CITY,
            ImportField.POSTCODE, ImportField.REGION, ImportField.COUNTRY);
    private static final Pattern NUMBERED_ADDRESS = Pattern.compile("^(?:address|adresse) (\\d+)\\b");
    private static final Pattern NAMED_ADDRESS = Pattern.compile("\\b(business|home|other|bureau|domicile|autre)\\b");

    /** A telephone number as the file wrote it, with the kind its column or its type column gives. */
    record WrittenPhone(String text, Phone.Kind kind) {
    }

    private final Map<ImportField, List<String>> values = new EnumMap<>(ImportField.class);
    private final List<WrittenPhone> phones = new ArrayList<>();
    private final List<String> otherAddresses = new ArrayList<>();
    private String street;

    private RowValues() {
    }

    /**
     * The row's values; {@code addressGroups} (one per column, as {@link #addressGroups} makes them, or
     * {@code null} for one address) tell which address each address column belongs to.
     */
    static RowValues of(List<String> cells, List<ImportField> mapping, List<String> addressGroups) {
        RowValues row = new RowValues();
        int columns = Math.min(cells.size(), mapping.size());
        Phone.Kind[] kinds = phoneKinds(cells, mapping, columns);
        String address = firstAddress(cells, mapping, addressGroups, columns);
        Map<String, List<String>> otherAddresses = new java.util.LinkedHashMap<>();
        for (int i = 0; i < columns; i++) {
            ImportField field = mapping.get(i);
            String cell = cells.get(i).strip();
            if (cell.isEmpty() || field == ImportField.IGNORE || field == ImportField.PHONE_KIND) {
                continue;
            }
            if (ADDRESS_PARTS.contains(field)) {
                String line = cell.replaceAll("\\s*\\R\\s*", ", ");
                String group = group(addressGroups, i);
                if (!group.equals(address)) {
                    otherAddresses.computeIfAbsent(group, g -> new ArrayList<>()).add(line);
                } else if (field == ImportField.STREET) {
                    row.street = row.street == null ? line : row.street + ", " + line;
                } else {
                    row.add(field, line);
                }
            } else if (field.phone()) {
                Phone.Kind kind = kinds[i] != null ? kinds[i] : field.phoneKind();
                GOOGLE_VALUES.splitAsStream(cell).filter(s -> !s.isBlank()).forEach(p -> row.phones.add(new WrittenPhone(p, kind)));
            } else if (field == ImportField.EMAIL) {
                GOOGLE_VALUES.splitAsStream(cell).flatMap(c -> c.indexOf('@') != c.lastIndexOf('@') ? SEVERAL_EMAILS.splitAsStream(c)
                        : java.util.stream.Stream.of(c)).filter(s -> !s.isBlank()).forEach(e -> row.add(field, e));
            } else if (field == ImportField.TAGS || field == ImportField.WEBSITE) {
                GOOGLE_VALUES.splitAsStream(cell).filter(s -> !s.isBlank()).forEach(v -> row.add(field, v));
            } else {
                row.add(field, cell);
            }
        }
        otherAddresses.values().forEach(parts -> row.otherAddresses.add(String.join(", ", parts)));
        return row;
    }

    /**
     * Which address each column belongs to, by its header: Outlook's business, home and other
     * addresses, Google's Address 1 and 2; one address for the columns of other files.
     */
    static List<String> addressGroups(List<String> headers) {
        List<String> groups = new ArrayList<>();
        for (String header : headers) {
            String simplified = ImportField.simplify(header == null ? "" : header);
            java.util.regex.Matcher numbered = NUMBERED_ADDRESS.matcher(simplified);
            if (numbered.find()) {
                groups.add("address " + numbered.group(1));
                continue;
            }
            java.util.regex.Matcher named = NAMED_ADDRESS.matcher(simplified);
            groups.add(named.find() ? named.group(1) : "");
        }
        return groups;
    }

    private static String group(List<String> groups, int column) {
        return groups == null || column >= groups.size() ? "" : groups.get(column);
    }

    /** The address of the first address column with something in it. */
    private static String firstAddress(List<String> cells, List<ImportField> mapping, List<String> groups, int columns) {
        for (int i = 0; i < columns; i++) {
            if (ADDRESS_PARTS.contains(mapping.get(i)) && !cells.get(i).isBlank()) {
                return group(groups, i);
            }
        }
        return "";
    }

    /**
     * The kind each type column gives the telephone column beside it: Google writes the type just
     * before the number, CiviCRM after it and its extension.
     */
    private static Phone.Kind[] phoneKinds(List<String> cells, List<ImportField> mapping, int columns) {
        Phone.Kind[] kinds = new Phone.Kind[columns];
        for (int i = 0; i < columns; i++) {
            if (mapping.get(i) != ImportField.PHONE_KIND || cells.get(i).isBlank()) {
                continue;
            }
            int number = i + 1 < columns && mapping.get(i + 1).phone() ? i + 1 : -1;
            for (int before = i - 1; number < 0 && before >= Math.max(0, i - 2); before--) {
                number = mapping.get(before).phone() ? before : -1; // CiviCRM: Phone, Phone Extension, Phone Type
            }
            if (number >= 0) {
                kinds[number] = kindNamed(cells.get(i));
            }
        }
        return kinds;
    }

    private void add(ImportField field, String value) {
        values.computeIfAbsent(field, f -> new ArrayList<>()).add(value);
    }

    /** The first value of the field, or {@code null}. */
    String first(ImportField field) {
        List<String> found = values.get(field);
        return found == null ? null : found.get(0);
    }

    List<String> all(ImportField field) {
        return values.getOrDefault(field, List.of());
    }

    List<WrittenPhone> phones() {
        return phones;
    }

    String street() {
        return street;
    }

    /** The row's other addresses (Outlook's home one beside its business one), each as one line. */
    List<String> otherAddresses() {
        return otherAddresses;
    }

    /** The kind a type column names, in English or French ("Mobile", "Work", "Domicile"); other kinds are OTHER. */
    static Phone.Kind kindNamed(String type) {
        String t = ImportField.simplify(type).toLowerCase(Locale.ROOT);
        if (t.matches(".*\\b(mobile|cell|portable|iphone|gsm)\\b.*")) {
            return Phone.Kind.MOBILE;
        }
        if (t.matches(".*\\b(work|business|office|bureau|travail|professionnel|pro)\\b.*")) {
            return Phone.Kind.WORK;
        }
        if (t.matches(".*\\b(home|domicile|maison|personnel|perso)\\b.*")) {
            return Phone.Kind.HOME;
        }
        return Phone.Kind.OTHER;
    }
}
