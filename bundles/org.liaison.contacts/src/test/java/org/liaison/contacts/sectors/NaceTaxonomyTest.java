package org.liaison.contacts.sectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.liaison.contacts.internal.CsvNaceTaxonomy;

class NaceTaxonomyTest {

    private final NaceTaxonomy nace = new CsvNaceTaxonomy();

    @Test
    void shipsEverySectionAndDivisionInBothLanguages() {
        List<NaceSector> sections = nace.children(null);
        assertEquals(21, sections.size());
        long divisions = nace.all().stream().filter(s -> s.level() == NaceSector.Level.DIVISION).count();
        assertEquals(88, divisions);
        for (NaceSector s : nace.all()) {
            if (s.level() == NaceSector.Level.SECTION || s.level() == NaceSector.Level.DIVISION) {
                assertFalse(s.labelEn().isBlank(), s.code());
                assertFalse(s.labelFr().isBlank(), s.code());
            }
        }
        assertEquals(272, nace.all().stream().filter(s -> s.level() == NaceSector.Level.GROUP).count());
        assertEquals(615, nace.all().stream().filter(s -> s.level() == NaceSector.Level.CLASS).count());
    }

    @Test
    void readsCodesAsPeopleWriteThem() {
        assertEquals(Optional.of("62.01"), nace.normalize("6201"));
        assertEquals(Optional.of("62.01"), nace.normalize(" 62.01Z "));
        assertEquals(Optional.of("62.0"), nace.normalize("62.0"));
        assertEquals(Optional.of("J"), nace.normalize("j"));
        assertEquals(Optional.empty(), nace.normalize("00.00"));
        assertEquals(Optional.empty(), nace.normalize("software"));
    }

    @Test
    void headingsHaveTheirParentsAndTitles() {
        NaceSector programming = nace.sector("62").orElseThrow();
        assertEquals("J", programming.parent());
        assertEquals("Computer programming, consultancy and related activities", programming.label(Locale.ENGLISH));
        assertTrue(programming.label(Locale.FRENCH).startsWith("Programmation"), programming.label(Locale.FRENCH));
        assertEquals(List.of("58", "59", "60", "61", "62", "63"), nace.children("J").stream().map(NaceSector::code).toList());
        NaceSector clazz = nace.sector("62.01").orElseThrow();
        assertEquals(clazz.labelFr(), clazz.label(Locale.ENGLISH), "classes fall back to the French title");
    }
}
