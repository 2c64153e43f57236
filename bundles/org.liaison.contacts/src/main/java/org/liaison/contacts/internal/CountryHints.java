package org.liaison.contacts.internal;

import java.util.List;
import java.util.Set;

import org.liaison.contacts.io.ImportField;

/**
 * The country to read numbers written without their code in, proposed for a whole file: the one
 * most of its postcodes are from, else France when its headers are in French.
 */
final class CountryHints {

    /** Words that only French headers use. */
    private static final Set<String> FRENCH_WORDS = Set.of("prenom", "nom", "societe", "ville", "pays", "adresse", "courriel",
            "fonction", "portable", "rue", "messagerie", "courrier", "domicile", "bureau", "entreprise");

    private CountryHints() {
    }

    /** GB or FR, or {@code null} when neither the postcodes nor the headers tell. */
    static String proposed(List<String> headers, List<List<String>> rows, List<ImportField> mapping) {
        int french = 0;
        int british = 0;
        for (List<String> row : rows) {
            for (int i = 0; i < Math.min(row.size(), mapping.size()); i++) {
                if (mapping.get(i) == ImportField.POSTCODE) {
                    String country = PlaceNames.countryOfPostcode(row.get(i)).orElse("");
                    french += "FR".equals(country) ? 1 : 0;
                    british += "GB".equals(country) ? 1 : 0;
                }
            }
        }
        if (french != british) {
            return french > british ? "FR" : "GB";
        }
        long frenchHeaders = headers.stream().map(ImportField::simplify)
                .filter(h -> java.util.Arrays.stream(h.split(" ")).anyMatch(FRENCH_WORDS::contains)).count();
        return frenchHeaders >= 2 ? "FR" : null;
    }
}
