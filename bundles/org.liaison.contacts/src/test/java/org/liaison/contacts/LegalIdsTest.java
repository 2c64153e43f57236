package org.liaison.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.liaison.core.validation.ValidationException;

class LegalIdsTest {

    private static final Locale EN = Locale.ENGLISH;

    @Test
    void companiesHouseNumbersArePaddedAndUpperCased() {
        assertEquals("01234567", LegalIds.companiesHouse("1234567", "number", EN));
        assertEquals("SC123456", LegalIds.companiesHouse("sc 123456", "number", EN));
        assertEquals("NI012345", LegalIds.companiesHouse("NI012345", "number", EN));
    }

    @ParameterizedTest
    @ValueSource(strings = { "123456789", "S1234567", "", "ABCDEFGH" })
    void badCompaniesHouseNumbersAreRefused(String text) {
        ValidationException e = assertThrows(ValidationException.class, () -> LegalIds.companiesHouse(text, "number", EN));
        assertEquals("number", e.problems().get(0).field());
    }

    @Test
    void sirenAndSiretPassTheLuhnCheck() {
        assertEquals("552100554", LegalIds.siren("552 100 554", "siren", EN));
        assertEquals("55210055400013", LegalIds.siret("552 100 554 00013", "siret", EN));
        assertEquals("35600000000048", LegalIds.siret("356 000 000 00048", "siret", EN), "La Poste");
    }

    @Test
    void aMistypedSirenIsRefusedWithTheReasonInTheReadersLanguage() {
        ValidationException en = assertThrows(ValidationException.class, () -> LegalIds.siren("552100555", "siren", EN));
        assertTrue(en.getMessage().contains("check digit is wrong"), en.getMessage());
        ValidationException fr = assertThrows(ValidationException.class, () -> LegalIds.siren("55210055", "siren", Locale.FRENCH));
        assertTrue(fr.getMessage().contains("9 chiffres attendus"), fr.getMessage());
        assertThrows(ValidationException.class, () -> LegalIds.siret("55210055400014", "siret", EN));
        assertThrows(ValidationException.class, () -> LegalIds.siretOfSiren("55210055400013", "303265045", "siret", EN));
    }

    @Test
    void vatNumbersHaveTheirCountrysShape() {
        assertEquals("FR40303265045", LegalIds.vat("FR 40 303 265 045", "vat", EN));
        assertEquals("GB123456789", LegalIds.vat("gb123456789", "vat", EN));
        assertEquals("DE123456789", LegalIds.vat("DE123456789", "vat", EN));
        ValidationException key = assertThrows(ValidationException.class, () -> LegalIds.vat("FR41303265045", "vat", EN));
        assertTrue(key.getMessage().contains("key does not match"), key.getMessage());
        assertThrows(ValidationException.class, () -> LegalIds.vat("GB12345", "vat", EN));
        assertThrows(ValidationException.class, () -> LegalIds.vat("123456789", "vat", EN));
    }
}
