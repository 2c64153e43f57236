package org.liaison.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.liaison.core.validation.ValidationException;

class PhonesAndEmailsTest {

    @Test
    void phonesAreReadAsTheirCountryWritesThem() {
        assertEquals("+441273123456", PhoneNumbers.toE164("01273 123456", "GB", "phone", Locale.ENGLISH));
        assertEquals("+33235123456", PhoneNumbers.toE164("02 35 12 34 56", "FR", "phone", Locale.FRENCH));
        assertEquals("+33612345678", PhoneNumbers.toE164("+33 6 12 34 56 78", "GB", "phone", Locale.ENGLISH));
        assertEquals("+447911123456", PhoneNumbers.toE164("(07911) 123-456", "GB", "phone", Locale.ENGLISH));
        assertEquals("01273 123456", PhoneNumbers.display("+441273123456"));
        assertEquals("02 35 12 34 56", PhoneNumbers.display("+33235123456"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "12", "call me", "+44 1273", "" })
    void notPhonesAreRefused(String text) {
        ValidationException e = assertThrows(ValidationException.class, () -> PhoneNumbers.toE164(text, "GB", "phone", Locale.ENGLISH));
        assertTrue(e.getMessage().startsWith("field phone: "), e.getMessage());
    }

    @Test
    void emailDomainsAreLowerCasedAndAccentedDomainsEncoded() {
        assertEquals("Amelie.Dupont@exemple.fr", EmailAddresses.normalize("  Amelie.Dupont@Exemple.FR ", "email", Locale.ENGLISH));
        assertEquals("contact@xn--socit-esab.fr", EmailAddresses.normalize("contact@société.fr", "email", Locale.ENGLISH));
    }

    @ParameterizedTest
    @ValueSource(strings = { "bad@", "@example.org", "a b@example.org", "name@localhost", "x@exa_mple.org",
            "<script>@example.org", "robert'); DROP TABLE CONTACT_PERSON;--@x.org" })
    void notEmailAddressesAreRefused(String text) {
        ValidationException e = assertThrows(ValidationException.class, () -> EmailAddresses.normalize(text, "email", Locale.FRENCH));
        assertTrue(e.getMessage().contains("n’est pas une adresse e-mail"), e.getMessage());
    }

    @Test
    void anOversizedAddressNamesTheLimit() {
        String huge = "a".repeat(250) + "@example.org";
        assertTrue(assertThrows(ValidationException.class, () -> EmailAddresses.normalize(huge, "email", Locale.ENGLISH))
                .getMessage().contains("254 characters"));
    }
}
