package org.liaison.contacts.io;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.liaison.contacts.Phone;

/**
 * What a column of an imported file holds, with the header names people give it in English and
 * French. Several columns may hold the same field: a person's emails 1 to 3, their telephones, the
 * lines of a street; the first email read is the one to write to.
 */
public enum ImportField {
    GIVEN_NAME("first name", "given name", "firstname", "forename", "prenom"),
    /** @since 1.4 added to the given name, after it */
    MIDDLE_NAME("middle name", "additional name", "deuxieme prenom", "autres prenoms"),
    FAMILY_NAME("last name", "family name", "surname", "lastname", "nom", "nom de famille"),
    /** The whole name in one cell, used when the file has no given and family names: "Marie-Claire Dubois". @since 1.4 */
    FULL_NAME("name", "full name", "display name", "complete name", "contact name", "nom complet", "nom et prenom"),
    EMAIL("email", "e-mail", "email address", "mail", "courriel", "adresse e-mail", "adresse mail", "adresse email",
            "adresse de messagerie", "adresse de courrier", "e-mail address", "work email"),
    /** A telephone number of no known kind. */
    PHONE("phone", "telephone", "tel", "phone number", "numero de telephone", "primary phone", "telephone principal"),
    /** @since 1.4 */
    MOBILE("mobile", "mobile phone", "portable", "cell", "cell phone", "tel mobile", "telephone mobile", "telephone portable",
            "mobile phone number", "gsm", "whatsapp phone number"),
    /** @since 1.4 */
    WORK_PHONE("business phone", "work phone", "office phone", "telephone bureau", "telephone professionnel", "tel bureau",
            "telephone pro"),
    /** @since 1.4 */
    HOME_PHONE("home phone", "telephone domicile", "tel domicile", "telephone personnel"),
    /**
     * The kind ("Mobile", "Work", "Domicile") of the telephone in the phone column beside it: Google
     * writes a type column before each number, CiviCRM after it. @since 1.4
     */
    PHONE_KIND("phone type", "type de telephone"),
    /** @since 1.4 a street line; several lines are joined */
    STREET("street", "address", "street address", "address line 1", "address line 2", "adresse", "rue", "adresse postale",
            "complement d adresse", "rue 2", "street 2"),
    REGION("region", "county", "departement", "state", "state region"),
    CITY("city", "town", "ville", "commune"),
    POSTCODE("postcode", "post code", "zip", "zip code", "postal code", "code postal", "cp"),
    COUNTRY("country", "pays", "country region", "pays region"),
    PREFERRED_LANGUAGE("language", "preferred language", "langue"),
    TAGS("tags", "labels", "etiquettes", "mots cles", "categories", "groups", "groupes", "group membership", "tag s", "group s"),
    SOURCE("source", "origin", "origine", "contact source"),
    /** The person's organisation: found by its name, or created; the person is affiliated with it. */
    ORGANISATION("organisation", "organization", "company", "company name", "employer", "business", "entreprise", "societe",
            "organisme", "structure", "raison sociale", "current employer", "organization name", "nom de l entreprise", "societe liee",
            "related company", "associated company"),
    /**
     * The legal id of the person's organisation: a Companies House number or a SIREN (a SIRET gives
     * its SIREN); the organisation is found by it before its name, and a new one is recorded with it.
     *
     * @since 1.1
     */
    ORGANISATION_ID("company number", "company registration number", "registration number", "companies house number", "crn",
            "siren", "siret", "numero siren", "numero siret", "n siren", "n siret", "numero d entreprise"),
    /** Their job at their organisation. @since 1.4 */
    JOB_TITLE("job title", "position", "job position", "fonction", "poste", "intitule de poste", "job", "poste occupe"),
    /** @since 1.4 */
    DEPARTMENT("department", "service", "departement de l entreprise"),
    /** Kept as a note on the person, written by whoever imports. @since 1.4 */
    NOTES("notes", "note", "comments", "commentaires", "remarques", "note s"),
    /** @since 1.4 */
    WEBSITE("website", "web page", "web site", "site web", "site internet", "page web", "url", "website url", "website link"),
    /** @since 1.4 */
    LINKEDIN("linkedin", "linkedin url", "linkedin profile", "profil linkedin"),
    /** @since 1.4 */
    BIRTHDAY("birthday", "date of birth", "birth date", "anniversaire", "date de naissance"),
    /**
     * That the person asked not to be emailed (Brevo's EMAIL_BLACKLISTED, CiviCRM's Do Not Email,
     * Mailchimp's UNSUB_TIME): any value but no, false or 0 records their refusal in the consent
     * ledger. @since 1.4
     */
    OPTED_OUT("do not email", "is opt out", "no bulk emails user opt out", "email blacklisted", "blacklisted", "unsub time",
            "unsubscribed", "opted out", "desinscrit", "desabonne", "ne pas envoyer d e mail"),
    /**
     * Whether the row is a person or an organisation (Odoo's Is a Company, CiviCRM's Contact Type):
     * a row that is an organisation is not imported as a person. @since 1.4
     */
    ROW_KIND("is a company", "contact type", "company type", "type de contact"),
    IGNORE();

    private final List<String> headers;

    ImportField(String... headers) {
        this.headers = Arrays.stream(headers).map(ImportField::simplify).toList();
    }

    /** The field a header most likely names, ignoring case, accents and punctuation. */
    public static Optional<ImportField> guess(String header) {
        String h = simplify(header == null ? "" : header);
        for (ImportField field : values()) {
            if (field.headers.contains(h)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    /** Whether the field holds a telephone number. @since 1.4 */
    public boolean phone() {
        return this == PHONE || this == MOBILE || this == WORK_PHONE || this == HOME_PHONE;
    }

    /** The kind of the numbers of a telephone field. @since 1.4 */
    public Phone.Kind phoneKind() {
        return switch (this) {
        case MOBILE -> Phone.Kind.MOBILE;
        case WORK_PHONE -> Phone.Kind.WORK;
        case HOME_PHONE -> Phone.Kind.HOME;
        default -> Phone.Kind.OTHER;
        };
    }

    /** A header as compared: lower case, without accents, punctuation or repeated spaces ("E-mail 2" is "e mail 2"). @since 1.4 */
    public static String simplify(String header) {
        return Normalizer.normalize(header, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", " ").strip();
    }
}
