package org.liaison.niches.internal;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.liaison.contacts.ContactService;
import org.liaison.contacts.Segment;
import org.liaison.contacts.sectors.NaceTaxonomy;
import org.liaison.core.i18n.Messages;
import org.liaison.core.validation.ValidationProblem;

/** Checks of the codes a rule or a need names: sectors, segments, regions, languages. */
final class Codes {

    private static final Pattern REGION = Pattern.compile("[A-Z]{2}-[A-Z0-9]{1,3}"); // contacts are recorded by subdivision
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

    private Codes() {
    }

    /**
     * The sectors in their stored form; each unknown one adds a problem. A section letter ("J")
     * becomes its divisions, since organisations are recorded by division or class.
     */
    static Set<String> sectors(Set<String> codes, NaceTaxonomy taxonomy, String field, Messages texts, List<ValidationProblem> problems) {
        Set<String> stored = new TreeSet<>();
        for (String code : codes) {
            var sector = taxonomy.normalize(code).flatMap(taxonomy::sector);
            if (sector.isEmpty()) {
                problems.add(ValidationProblem.field(field, texts.get("sector.unknown", code)));
            } else if (sector.get().level() == org.liaison.contacts.sectors.NaceSector.Level.SECTION) {
                taxonomy.children(sector.get().code()).forEach(division -> stored.add(division.code()));
            } else {
                stored.add(sector.get().code());
            }
        }
        return stored;
    }

    static void segments(Set<String> codes, ContactService contacts, String field, Messages texts, List<ValidationProblem> problems) {
        Set<String> known = contacts.segments().stream().map(Segment::code).collect(Collectors.toSet());
        for (String code : codes) {
            if (!known.contains(code)) {
                problems.add(ValidationProblem.field(field, texts.get("segment.unknown", code)));
            }
        }
    }

    static void regions(Set<String> codes, String field, Messages texts, List<ValidationProblem> problems) {
        codes.stream().filter(code -> !REGION.matcher(code).matches())
                .forEach(code -> problems.add(ValidationProblem.field(field, texts.get("region.invalid", code))));
    }

    static void languages(Set<String> codes, String field, Messages texts, List<ValidationProblem> problems) {
        codes.stream().filter(code -> !LANGUAGE.matcher(code).matches())
                .forEach(code -> problems.add(ValidationProblem.field(field, texts.get("language.invalid", code))));
    }

    static boolean language(String code) {
        return code != null && LANGUAGE.matcher(code).matches();
    }

    /** Adds a problem when {@code text} is blank (when required) or longer than {@code max}. */
    static String text(String text, boolean required, int max, String field, Messages texts, List<ValidationProblem> problems) {
        String value = text == null ? "" : text.strip();
        if (required && value.isEmpty()) {
            problems.add(ValidationProblem.field(field, texts.get("required")));
        } else if (value.length() > max) {
            problems.add(ValidationProblem.field(field, texts.get("tooLong", max)));
        }
        return value;
    }
}
