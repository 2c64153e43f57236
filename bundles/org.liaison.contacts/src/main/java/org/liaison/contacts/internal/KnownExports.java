package org.liaison.contacts.internal;

import static org.liaison.contacts.io.ImportField.BIRTHDAY;
import static org.liaison.contacts.io.ImportField.CITY;
import static org.liaison.contacts.io.ImportField.COUNTRY;
import static org.liaison.contacts.io.ImportField.DEPARTMENT;
import static org.liaison.contacts.io.ImportField.EMAIL;
import static org.liaison.contacts.io.ImportField.FAMILY_NAME;
import static org.liaison.contacts.io.ImportField.FULL_NAME;
import static org.liaison.contacts.io.ImportField.GIVEN_NAME;
import static org.liaison.contacts.io.ImportField.HOME_PHONE;
import static org.liaison.contacts.io.ImportField.IGNORE;
import static org.liaison.contacts.io.ImportField.JOB_TITLE;
import static org.liaison.contacts.io.ImportField.LINKEDIN;
import static org.liaison.contacts.io.ImportField.MIDDLE_NAME;
import static org.liaison.contacts.io.ImportField.MOBILE;
import static org.liaison.contacts.io.ImportField.NOTES;
import static org.liaison.contacts.io.ImportField.OPTED_OUT;
import static org.liaison.contacts.io.ImportField.ORGANISATION;
import static org.liaison.contacts.io.ImportField.PHONE;
import static org.liaison.contacts.io.ImportField.PHONE_KIND;
import static org.liaison.contacts.io.ImportField.POSTCODE;
import static org.liaison.contacts.io.ImportField.REGION;
import static org.liaison.contacts.io.ImportField.ROW_KIND;
import static org.liaison.contacts.io.ImportField.STREET;
import static org.liaison.contacts.io.ImportField.TAGS;
import static org.liaison.contacts.io.ImportField.WEBSITE;
import static org.liaison.contacts.io.ImportField.WORK_PHONE;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.liaison.contacts.io.ExportProgram;
import org.liaison.contacts.io.ImportField;

/**
 * The column names of the contact exports people bring (from each program's documented export),
 * to tell which program wrote a file and what each of its columns holds. Headers are compared
 * {@linkplain ImportField#simplify simplified}: "E-mail 2 Address" is "e mail 2 address".
 */
final class KnownExports {

    /** A program is recognised when at least this many of the headers only it writes are there. */
    private static final int SIGNATURE_MATCHES = 2;

    /**
     * A program's own headers, what its columns hold, and the header a file of it always has
     * ({@code null} when any of its own headers will do).
     */
    private record Program(List<String> signature, Map<Pattern, ImportField> columns, String required) {

        Program(List<String> signature, Map<Pattern, ImportField> columns) {
            this(signature, columns, null);
        }
    }

    private static final Map<ExportProgram, Program> PROGRAMS = new EnumMap<>(ExportProgram.class);

    static {
        PROGRAMS.put(ExportProgram.OUTLOOK, new Program(
                List.of("e mail address", "e mail 2 address", "business phone", "mobile phone", "business city", "business street",
                        "e mail display name", "adresse de messagerie", "adresse de messagerie 2", "adresse de courrier", "adresse de courrier 2",
                        "telephone bureau", "tel mobile",
                        "ville bureau", "rue bureau"),
                rules("title|suffix|titre|suffixe|nickname|given yomi|surname yomi|company yomi|initials", IGNORE,
                        "first name|prenom", GIVEN_NAME, "middle name|deuxieme prenom", MIDDLE_NAME, "last name|nom", FAMILY_NAME,
                        "e mail( \\d)? address|adresse de (messagerie|courrier)( \\d)?", EMAIL,
                        "e mail( \\d)? (type|display name)|(type|nom complet) de (l adresse de )?(messagerie|courrier)( \\d)?", IGNORE,
                        "business phone( \\d)?|telephone( \\d)? bureau", WORK_PHONE, "home phone( \\d)?|telephone( \\d)? domicile", HOME_PHONE,
                        "mobile phone|tel mobile|telephone mobile", MOBILE,
                        "(other|primary|company main) phone|telephone (autre|principal|societe)", PHONE,
                        "(business|home|other) street( \\d)?|rue (bureau|domicile|autre)( \\d)?", STREET,
                        "(business|home|other) city|ville (bureau|domicile|autre)", CITY,
                        "(business|home|other) state|dep region (bureau|domicile|autre)", REGION,
                        "(business|home|other) postal code|code postal (bureau|domicile|autre)", POSTCODE,
                        "(business|home|other) country region|pays region (bureau|domicile|autre)", COUNTRY,
                        "company|societe", ORGANISATION, "department|service", DEPARTMENT, "job title|fonction|profession", JOB_TITLE,
                        "categories", TAGS, "notes", NOTES, "(personal )?web page|page web", WEBSITE, "birthday|anniversaire", BIRTHDAY)));
        PROGRAMS.put(ExportProgram.GOOGLE, new Program(
                List.of("e mail 1 value", "phone 1 value", "group membership", "e mail 1 type", "e mail 1 label", "phone 1 label",
                        "organization 1 name", "address 1 formatted", "labels"),
                rules("name", FULL_NAME, "given name|first name", GIVEN_NAME, "additional name|middle name", MIDDLE_NAME,
                        "family name|last name", FAMILY_NAME, "e mail \\d+ value", EMAIL, "phone \\d+ (type|label)", PHONE_KIND,
                        "phone \\d+ value", PHONE, "organization( \\d+)? name", ORGANISATION, "organization( \\d+)? title", JOB_TITLE,
                        "organization( \\d+)? department", DEPARTMENT, "address \\d+ (street|extended address)", STREET,
                        "address \\d+ city", CITY, "address \\d+ region", REGION, "address \\d+ postal code", POSTCODE,
                        "address \\d+ country", COUNTRY, "website \\d+ value", WEBSITE, "group membership|labels", TAGS,
                        "notes", NOTES, "birthday", BIRTHDAY)));
        // a spreadsheet with Position and URL columns is not LinkedIn's: its URL may be a company's website
        PROGRAMS.put(ExportProgram.LINKEDIN, new Program(List.of("connected on", "position", "url"),
                rules("url", LINKEDIN, "position", JOB_TITLE, "connected on", IGNORE), "connected on"));
        PROGRAMS.put(ExportProgram.MAILCHIMP, new Program(
                List.of("member rating", "optin time", "optin ip", "confirm time", "leid", "euid", "gmtoff", "dstoff"),
                rules("address", STREET, "phone number", PHONE, "region|cc|latitude|longitude|timezone", IGNORE, "unsub time", OPTED_OUT)));
        PROGRAMS.put(ExportProgram.BREVO, new Program(
                List.of("sms", "firstname", "lastname", "contact id", "email blacklisted", "sms blacklisted", "landline number",
                        "whatsapp", "double opt in"),
                rules("sms|whatsapp", MOBILE, "landline number", PHONE, "firstname|prenom", GIVEN_NAME, "lastname|nom", FAMILY_NAME,
                        "contact id|ext id", IGNORE, "email blacklisted", OPTED_OUT)));
        PROGRAMS.put(ExportProgram.CIVICRM, new Program(
                List.of("contact type", "sort name", "individual prefix", "do not email", "supplemental address 1", "current employer",
                        "contact subtype", "is opt out"),
                rules("display name", FULL_NAME, "sort name|contact id|contact subtype", IGNORE, "contact type", ROW_KIND,
                        "do not email|is opt out|no bulk emails user opt out", OPTED_OUT,
                        "street address|supplemental address \\d", STREET, "state|state province", REGION, "current employer", ORGANISATION,
                        "birth date", BIRTHDAY)));
        PROGRAMS.put(ExportProgram.ODOO, new Program(
                List.of("street2", "job position", "is a company", "related company", "external id", "zip"),
                rules("name|display name", FULL_NAME, "street2?", STREET, "zip", POSTCODE, "related company|company name|company",
                        ORGANISATION, "job position", JOB_TITLE, "external id|reference", IGNORE, "is a company|company type", ROW_KIND)));
        PROGRAMS.put(ExportProgram.HUBSPOT, new Program(
                List.of("record id", "lifecycle stage", "contact owner", "lead status", "create date", "mobile phone number",
                        "marketing contact status"),
                rules("record id|contact owner|create date|lifecycle stage|lead status|last activity date", IGNORE,
                        "phone number", PHONE, "mobile phone number", MOBILE, "street address", STREET, "state region", REGION,
                        "country region", COUNTRY, "website url", WEBSITE, "associated company", ORGANISATION)));
    }

    private KnownExports() {
    }

    /** The program whose own headers are most among {@code headers}, else {@link ExportProgram#SPREADSHEET}. */
    static ExportProgram recognise(List<String> headers) {
        List<String> simplified = headers.stream().map(ImportField::simplify).toList();
        ExportProgram best = ExportProgram.SPREADSHEET;
        long bestMatches = SIGNATURE_MATCHES - 1;
        for (Map.Entry<ExportProgram, Program> program : PROGRAMS.entrySet()) {
            String required = program.getValue().required();
            long matches = required != null && !simplified.contains(required) ? 0
                    : program.getValue().signature().stream().filter(simplified::contains).count();
            if (matches > bestMatches) {
                best = program.getKey();
                bestMatches = matches;
            }
        }
        return best;
    }

    /**
     * What each column of a file from {@code program} holds. French Outlook names two columns
     * "Titre": the first is Mr or Mrs, the second the job title.
     */
    static List<ImportField> mapping(ExportProgram program, List<String> headers) {
        List<ImportField> fields = new java.util.ArrayList<>();
        boolean titleSeen = false;
        for (String header : headers) {
            boolean title = program == ExportProgram.OUTLOOK && "titre".equals(ImportField.simplify(header == null ? "" : header));
            fields.add(title && titleSeen ? JOB_TITLE : field(program, header));
            titleSeen |= title;
        }
        return fields;
    }

    /** What the column {@code header} of a file from {@code program} holds: the program's own reading, else the usual one. */
    static ImportField field(ExportProgram program, String header) {
        String simplified = ImportField.simplify(header == null ? "" : header);
        Program known = PROGRAMS.get(program);
        if (known != null) {
            for (Map.Entry<Pattern, ImportField> column : known.columns().entrySet()) {
                if (column.getKey().matcher(simplified).matches()) {
                    return column.getValue();
                }
            }
        }
        return ImportField.guess(header).orElse(ImportField.IGNORE);
    }

    /** How many of {@code headers} some program or the usual names know: the header line of a file has the most. */
    static long known(List<String> headers) {
        ExportProgram program = recognise(headers);
        return headers.stream().filter(h -> field(program, h) != IGNORE || Optional.of(h).map(ImportField::simplify)
                .filter(s -> PROGRAMS.values().stream().anyMatch(p -> p.signature().contains(s))).isPresent()).count();
    }

    private static Map<Pattern, ImportField> rules(Object... patternsAndFields) {
        Map<Pattern, ImportField> rules = new LinkedHashMap<>();
        for (int i = 0; i < patternsAndFields.length; i += 2) {
            rules.put(Pattern.compile((String) patternsAndFields[i]), (ImportField) patternsAndFields[i + 1]);
        }
        return rules;
    }
}
