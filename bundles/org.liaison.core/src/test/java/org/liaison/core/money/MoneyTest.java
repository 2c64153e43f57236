package org.liaison.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.liaison.core.validation.ValidationException;

class MoneyTest {

    @Test
    void keepsMinorUnitsExactly() {
        Money m = Money.of("0.10", CurrencyCode.GBP).plus(Money.of("0.20", CurrencyCode.GBP));
        assertEquals(Money.of("0.30", CurrencyCode.GBP), m);
        assertEquals(30, m.minorUnits());
        assertEquals(Money.ofMinor(1250, CurrencyCode.EUR), Money.of("12.5", CurrencyCode.EUR));
    }

    @Test
    void refusesToMixCurrencies() {
        assertThrows(IllegalArgumentException.class,
                () -> Money.of("1", CurrencyCode.GBP).plus(Money.of("1", CurrencyCode.EUR)));
    }

    @Test
    void refusesFractionsOfAPenny() {
        assertThrows(ArithmeticException.class, () -> Money.of("1.005", CurrencyCode.GBP));
    }

    @Test
    void convertsAtAStatedRate() {
        assertEquals(Money.of("117.00", CurrencyCode.EUR),
                Money.of("100", CurrencyCode.GBP).convert(CurrencyCode.EUR, new BigDecimal("1.17")));
    }

    @Test
    void parsesWhatPeopleTypeInBothCountries() {
        assertEquals(Money.of("1234.50", CurrencyCode.EUR), Money.parse("1 234,50 €", "value", Locale.FRENCH));
        assertEquals(Money.of("1234.50", CurrencyCode.GBP), Money.parse("£1,234.50", "value", Locale.ENGLISH));
        assertEquals(Money.of("12", CurrencyCode.GBP), Money.parse("GBP 12", "value", Locale.ENGLISH));
    }

    @Test
    void badAmountsNameTheFieldInTheReadersLanguage() {
        ValidationException en = assertThrows(ValidationException.class,
                () -> Money.parse("12", "estimatedValue", Locale.ENGLISH));
        assertEquals("estimatedValue", en.problems().get(0).field());
        assertTrue(en.getMessage().contains("names no currency"), en.getMessage());
        ValidationException fr = assertThrows(ValidationException.class,
                () -> Money.parse("douze €", "estimatedValue", Locale.FRENCH));
        assertTrue(fr.getMessage().contains("n’est pas un montant en EUR"), fr.getMessage());
    }

    @Test
    void formatsForTheReader() {
        assertEquals("£1,234.50", Money.of("1234.5", CurrencyCode.GBP).format(Locale.ENGLISH));
        String french = Money.of("1234.5", CurrencyCode.EUR).format(Locale.FRENCH).replace('\u202f', ' ').replace('\u00a0', ' ');
        assertEquals("1 234,50 €", french);
    }
}
