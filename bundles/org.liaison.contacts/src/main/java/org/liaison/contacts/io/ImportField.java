package org.liaison.contacts.io;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What a column of an imported file holds, with the header names people give it in English and French. */
public enum ImportField {
    GIVEN_NAME("first name", "given name", "firstname", "forename", "prenom"),
    FAMILY_NAME("last name", "family name", "surname", "lastname", "nom", "nom de famille"),
    EMAIL("email", "e-mail", "email address", "mail", "courriel", "adresse e-mail", "adresse mail"),
    PHONE("phone", "telephone", "tel", "mobile", "phone number", "portable", "numero de telephone"),
    REGION("region", "county", "departement"),
    CITY("city", "town", "ville", "commune"),
    POSTCODE("postcode", "post code", "zip", "code postal", "cp"),
    COUNTRY("country", "pays"),
    PREFERRED_LANGUAGE("language", "preferred language", "langue"),
    TAGS("tags", "labels", "etiquettes", "mots cles"),
    SOURCE("source", "origin", "origine"),
    /** The person's organisation: found by its name, or created; the person is affiliated with it. */
    ORGANISATION("organisation", "organization", "company", "company name", "employer", "business", "entreprise", "societe",
            "organisme", "structure", "raison sociale"),
    /**
     * The legal id of the person's organisation: a Companies House number or a SIREN (a SIRET gives
     * its SIREN); the organisation is found by it before its name, and a new one is recorded with it.
     *
     * @since 1.1
     */
    ORGANISATION_ID("company number", "company registration number", "registration number", "companies house number", "crn",
            "siren", "siret", "numero siren", "numero siret", "n siren", "n siret", "numero d entreprise"),
    IGNORE();

    private final List<String> headers;

    ImportField(String... headers) {
        this.headers = java.util.Arrays.stream(headers).map(ImportField::simplify).toList();
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

    private static String simplify(String header) {
        return java.text.Normalizer.normalize(header, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }
}
