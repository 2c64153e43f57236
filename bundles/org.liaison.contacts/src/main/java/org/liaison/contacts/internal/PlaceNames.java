package org.liaison.contacts.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.liaison.contacts.io.ImportField;

/**
 * Countries, regions and postcodes as contact files write them ("United Kingdom", "Royaume-Uni",
 * "East Sussex", "76", "BN1 1AA"), read into the codes Liaison keeps (GB, GB-ESX, FR-76).
 */
final class PlaceNames {

    private static final Pattern ISO_REGION = Pattern.compile("[A-Z]{2}-[A-Z0-9]{1,3}");
    private static final Pattern FRENCH_POSTCODE = Pattern.compile("(?:0[1-9]|[1-8]\\d|9[0-5]|97)\\d{3}");
    private static final Pattern UK_POSTCODE = Pattern.compile("[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}");
    private static final Pattern FRENCH_DEPARTMENT = Pattern.compile("0?[1-9]|[1-8]\\d|9[0-5]|2[AB]|97[1-6]");

    private static final Map<String, String> COUNTRIES = new HashMap<>();
    /** The regions of the network's two areas and around them, by the names people write. */
    private static final Map<String, String> REGIONS = new HashMap<>();

    static {
        for (String code : Locale.getISOCountries()) {
            Locale country = new Locale("", code);
            COUNTRIES.put(ImportField.simplify(code), code);
            COUNTRIES.put(ImportField.simplify(country.getDisplayCountry(Locale.ENGLISH)), code);
            COUNTRIES.put(ImportField.simplify(country.getDisplayCountry(Locale.FRENCH)), code);
            COUNTRIES.put(ImportField.simplify(country.getISO3Country()), code);
        }
        for (String uk : new String[] { "uk", "u k", "great britain", "britain", "england", "scotland", "wales", "northern ireland",
                "angleterre", "grande bretagne", "ecosse", "pays de galles", "royaume uni", "united kingdom of great britain and northern ireland" }) {
            COUNTRIES.put(uk, "GB");
        }
        named("GB-ESX", "east sussex", "sussex de l est");
        named("GB-WSX", "west sussex", "sussex de l ouest");
        named("GB-BNH", "brighton and hove", "brighton hove", "brighton");
        named("GB-KEN", "kent");
        named("GB-SRY", "surrey");
        named("GB-HAM", "hampshire");
        named("GB-LND", "london", "city of london", "greater london", "londres");
        named("FR-76", "seine maritime");
        named("FR-27", "eure");
        named("FR-14", "calvados");
        named("FR-50", "manche");
        named("FR-61", "orne");
        named("FR-80", "somme");
        named("FR-60", "oise");
        named("FR-62", "pas de calais");
        named("FR-59", "nord");
        named("FR-75", "paris");
        named("FR-NOR", "normandie", "normandy", "haute normandie", "upper normandy", "basse normandie", "lower normandy");
        named("FR-HDF", "hauts de france");
        named("FR-IDF", "ile de france");
    }

    private PlaceNames() {
    }

    private static void named(String code, String... names) {
        for (String name : names) {
            REGIONS.put(name, code);
        }
    }

    /** The ISO 3166-1 code of a country written by its code or its English or French name. */
    static Optional<String> country(String written) {
        return Optional.ofNullable(written).map(w -> COUNTRIES.get(ImportField.simplify(w)));
    }

    /**
     * The ISO 3166-2 code of a region written as its code, a French department number (in France) or
     * a name known here.
     */
    static Optional<String> region(String written, String country) {
        if (written == null || written.isBlank()) {
            return Optional.empty();
        }
        String upper = written.strip().toUpperCase(Locale.ROOT);
        if (ISO_REGION.matcher(upper).matches()) {
            return Optional.of(upper);
        }
        if (("FR".equals(country) || country == null) && FRENCH_DEPARTMENT.matcher(upper).matches()) {
            return Optional.of("FR-" + (upper.length() == 1 ? "0" + upper : upper));
        }
        // Odoo writes a state with its country: "Manche (FR)"
        return Optional.ofNullable(REGIONS.get(ImportField.simplify(written.replaceFirst("\\s*\\([A-Za-z]{2}\\)\\s*$", ""))));
    }

    /** The country a postcode's shape says: FR for five digits, GB for a UK postcode; empty when it does not tell. */
    static Optional<String> countryOfPostcode(String postcode) {
        if (postcode == null) {
            return Optional.empty();
        }
        String p = postcode.strip().toUpperCase(Locale.ROOT);
        if (FRENCH_POSTCODE.matcher(p).matches()) {
            return Optional.of("FR");
        }
        return UK_POSTCODE.matcher(p).matches() ? Optional.of("GB") : Optional.empty();
    }

    /** The French department of a postcode: 76000 is in FR-76, 97110 in FR-971; Corsica's 20 is two departments. */
    static Optional<String> departmentOfPostcode(String postcode) {
        String p = postcode == null ? "" : postcode.strip();
        if (!FRENCH_POSTCODE.matcher(p).matches() || p.startsWith("20")) {
            return Optional.empty();
        }
        return Optional.of("FR-" + (p.startsWith("97") ? p.substring(0, 3) : p.substring(0, 2)));
    }
}
