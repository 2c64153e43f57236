package org.liaison.contacts.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.liaison.contacts.ContactQuery;
import org.liaison.contacts.ContactService;
import org.liaison.contacts.Email;
import org.liaison.contacts.Person;
import org.liaison.contacts.Phone;
import org.liaison.contacts.PostalAddress;
import org.liaison.contacts.io.ContactExport;
import org.liaison.contacts.io.VCardExchange;
import org.liaison.core.validation.ValidationException;
import org.liaison.core.validation.ValidationProblem;
import org.liaison.store.StoreStatus;
import org.liaison.test.support.StoreFixture;

/** vCard both ways, and CSV export of a search. */
class ExchangeTest {

    private static ContactService contacts;
    private static VCardExchange vcards;

    @BeforeAll
    static void openStore() {
        StoreStatus status = StoreFixture.memory("exchange-" + UUID.randomUUID());
        assertEquals(StoreStatus.State.OPEN, status.state(), () -> status.failure().map(Throwable::getMessage).orElse(""));
        contacts = StoreFixture.service(ContactService.class);
        vcards = StoreFixture.service(VCardExchange.class);
    }

    private static Person francois() {
        return new Person(null, "François", "Dubois", "fr", Set.of(), null,
                new PostalAddress("3 quai de la Bourse", "76000", "Rouen", "FR", null, null), null, null, null, null, null,
                List.of(new Email("francois@caux-conseil.fr", true), new Email("f.dubois@example.org", false)),
                List.of(new Phone("+33612345678", Phone.Kind.MOBILE), new Phone("+33235987654", Phone.Kind.WORK)),
                Set.of("export", "conseil"), List.of());
    }

    @Test
    void peopleRoundTripThroughVCard3And4() {
        for (VCardExchange.Version version : VCardExchange.Version.values()) {
            String text = vcards.write(List.of(francois()), version);
            assertTrue(text.contains(version == VCardExchange.Version.V3_0 ? "VERSION:3.0" : "VERSION:4.0"), text);
            Person back = vcards.read(text, "GB", Locale.ENGLISH).get(0);
            assertEquals("François", back.givenName());
            assertEquals("Dubois", back.familyName());
            assertEquals(List.of(new Email("francois@caux-conseil.fr", true), new Email("f.dubois@example.org", false)), back.emails());
            assertEquals(List.of(new Phone("+33612345678", Phone.Kind.MOBILE), new Phone("+33235987654", Phone.Kind.WORK)),
                    back.phones(), version.toString());
            assertEquals("Rouen", back.address().city());
            assertEquals(Set.of("export", "conseil"), back.tags());
            if (version == VCardExchange.Version.V4_0) {
                assertEquals("fr", back.preferredLanguage(), "LANG exists from vCard 4.0 on");
            }
        }
    }

    @Test
    void cardsFromAPhoneAreReadAndBadOnesNamed() {
        String phone = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Baker;Lucy;;;\r\nFN:Lucy Baker\r\nTEL;TYPE=CELL:07911 123456\r\n"
                + "EMAIL;TYPE=INTERNET:lucy@brighton-digital.co.uk\r\nEND:VCARD\r\n"
                + "BEGIN:VCARD\r\nVERSION:3.0\r\nN:;;;;\r\nFN:\r\nEMAIL:not-an-address\r\nEND:VCARD\r\n";
        ValidationException e = assertThrows(ValidationException.class, () -> vcards.read(phone, "GB", Locale.ENGLISH));
        assertEquals(List.of(2, 2), e.problems().stream().map(ValidationProblem::line).toList(), e.getMessage());
        Person lucy = vcards.read(phone.substring(0, phone.indexOf("BEGIN:VCARD", 10)), "GB", Locale.ENGLISH).get(0);
        assertEquals("+447911123456", lucy.phones().get(0).number(), "a national number read as British");
    }

    @Test
    void aSearchIsExportedAsCsvWithEveryMatchingContact() throws IOException {
        contacts.save(francois(), Locale.ENGLISH);
        for (int i = 0; i < 12; i++) {
            contacts.save(Person.named("Export" + i, "Tester").withTags(Set.of("csvexport")), Locale.ENGLISH);
        }
        StringWriter out = new StringWriter();
        long written = StoreFixture.service(ContactExport.class).csv(new ContactQuery("csvexport", null, 0, 5), out);
        assertEquals(12, written, "the whole search, not only its first page");
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString())).getRecords();
        assertEquals(12, rows.size());
        assertEquals("person", rows.get(0).get("kind"));
        assertEquals("Tester", rows.get(0).get("family name"));
        assertEquals("csvexport", rows.get(0).get("tags"));
        assertTrue(contacts.search(ContactQuery.text("dubois")).size() >= 1);
    }

    @Test
    void cellsASpreadsheetWouldReadAsFormulasAreNeutralisedAndTelephoneNumbersAreNot() throws IOException {
        Person attacker = Person.named("=HYPERLINK(\"https://evil.example\")", "@SUM(A1)").withTags(Set.of("-2+3", "formulas"));
        contacts.save(attacker.withContacts(List.of(), List.of(new org.liaison.contacts.Phone("+44 1273 123456",
                org.liaison.contacts.Phone.Kind.MOBILE))), Locale.ENGLISH);
        StringWriter out = new StringWriter();
        StoreFixture.service(ContactExport.class).csv(new ContactQuery("formulas", null, 0, 5), out);
        CSVRecord row = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString())).getRecords().get(0);
        assertEquals("'=HYPERLINK(\"https://evil.example\")", row.get("given name"));
        assertEquals("'@SUM(A1)", row.get("family name"));
        assertTrue(row.get("name").startsWith("'"), row.get("name"));
        assertTrue(row.get("tags").startsWith("'") || !row.get("tags").startsWith("-"), row.get("tags"));
        assertEquals("+441273123456", row.get("phone"), "a telephone number is left as it is");
    }

    @Test
    void aCardThatNeverEndsIsRefusedAtItsBoundWithItsNumber() throws IOException {
        StringBuilder endless = new StringBuilder("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Baker;Lucy;;;\r\nFN:Lucy Baker\r\nEND:VCARD\r\n"
                + "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Carter;Ben;;;\r\nNOTE:");
        String line = "a note that goes on and on\\n".repeat(100);
        while (endless.length() < 40 * 1024 * 1024) {
            endless.append(line);
        }
        ValidationException e = assertThrows(ValidationException.class,
                () -> vcards.read(new java.io.StringReader(endless.toString()), "GB", Locale.ENGLISH));
        assertEquals(2, e.problems().get(0).line(), e.getMessage());
        assertTrue(e.getMessage().contains("MB"), e.getMessage());
    }
}
