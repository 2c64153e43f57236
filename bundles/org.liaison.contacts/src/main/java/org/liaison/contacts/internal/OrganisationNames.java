package org.liaison.contacts.internal;

import java.util.Locale;
import java.util.Set;

/** Organisation names and websites reduced to what tells them apart, for duplicate detection. */
final class OrganisationNames {

    /** Legal forms and filler words of the UK and France, which two records of one company may write differently. */
    private static final Set<String> NOISE = Set.of("ltd", "limited", "plc", "llp", "cic", "co", "company", "the", "uk",
            "sarl", "sas", "sasu", "sa", "eurl", "sci", "scop", "snc", "ei", "eirl", "et", "cie", "and", "de", "du", "des", "la",
            "le", "les");

    private OrganisationNames() {
    }

    /** "Downs Foods Ltd." and "DOWNS FOODS LIMITED" both give "downs foods". */
    static String core(String name) {
        if (name == null) {
            return "";
        }
        StringBuilder core = new StringBuilder();
        for (String word : SearchWords.fold(name).split("[^a-z0-9]+")) {
            if (!word.isEmpty() && !NOISE.contains(word)) {
                core.append(core.length() == 0 ? "" : " ").append(word);
            }
        }
        return core.toString();
    }

    /** "https://www.Downs-Foods.co.uk/about" gives "downs-foods.co.uk". */
    static String site(String website) {
        String host = website.strip().toLowerCase(Locale.ROOT).replaceFirst("^[a-z]+://", "").replaceFirst("^www\\.", "");
        int end = host.indexOf('/');
        return end < 0 ? host : host.substring(0, end);
    }
}
