package org.liaison.contacts.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.liaison.contacts.Affiliation;
import org.liaison.contacts.ConsentChannel;
import org.liaison.contacts.ConsentLedger;
import org.liaison.contacts.ConsentPurpose;
import org.liaison.contacts.ContactFilter;
import org.liaison.contacts.ContactQuery;
import org.liaison.contacts.ContactRelations;
import org.liaison.contacts.ContactService;
import org.liaison.contacts.ContactSummary;
import org.liaison.contacts.CustomField;
import org.liaison.contacts.CustomFieldType;
import org.liaison.contacts.CustomFields;
import org.liaison.contacts.Organisation;
import org.liaison.contacts.Person;
import org.liaison.contacts.Readiness;
import org.liaison.contacts.SavedSearch;
import org.liaison.contacts.SavedSearches;
import org.liaison.contacts.Segment;
import org.liaison.core.validation.ValidationException;
import org.liaison.store.StoreStatus;
import org.liaison.test.support.StoreFixture;

/** Custom fields, filters and smart groups on a real store. */
class CustomFieldsAndSmartGroupsTest {

    private static ContactService contacts;
    private static CustomFields fields;
    private static SavedSearches groups;

    @BeforeAll
    static void openStore() {
        StoreStatus status = StoreFixture.memory("fields-" + UUID.randomUUID());
        assertEquals(StoreStatus.State.OPEN, status.state(), () -> status.failure().map(Throwable::getMessage).orElse(""));
        contacts = StoreFixture.service(ContactService.class);
        fields = StoreFixture.service(CustomFields.class);
        groups = StoreFixture.service(SavedSearches.class);
    }

    @Test
    void valuesAreCheckedAgainstTheirFieldsType() {
        UUID id = contacts.save(Person.named("Nadia", "Haddad"), Locale.ENGLISH).id();
        fields.define(new CustomField("staff.turnover", CustomFieldType.NUMBER, "Turnover (k)", "Chiffre d'affaires (k)", null, null),
                Locale.ENGLISH);
        fields.define(new CustomField("staff.stage", CustomFieldType.CHOICE, "Stage", "Étape", List.of("idea", "launched", " "), "staff"),
                Locale.ENGLISH);
        fields.define(new CustomField("staff.met", CustomFieldType.DATE, "First met", "Première rencontre", null, null), Locale.ENGLISH);
        fields.define(new CustomField("staff.exporter", CustomFieldType.BOOLEAN, "Exports", "Exporte", null, null), Locale.ENGLISH);

        assertEquals("1250.5", fields.set(id, "staff.turnover", "1 250,5", Locale.FRENCH));
        assertEquals("launched", fields.set(id, "staff.stage", "Launched", Locale.ENGLISH));
        assertEquals("2026-03-14", fields.set(id, "staff.met", "2026-03-14", Locale.ENGLISH));
        assertEquals("true", fields.set(id, "staff.exporter", "oui", Locale.FRENCH));
        assertEquals(Map.of("staff.turnover", "1250.5", "staff.stage", "launched", "staff.met", "2026-03-14", "staff.exporter", "true"),
                fields.values(id));
        assertEquals(List.of("idea", "launched"), fields.fields().stream().filter(f -> f.key().equals("staff.stage")).findFirst()
                .orElseThrow().choices(), "blank choices dropped");

        ValidationException number = assertThrows(ValidationException.class, () -> fields.set(id, "staff.turnover", "lots", Locale.ENGLISH));
        assertEquals("staff.turnover", number.problems().get(0).field());
        assertTrue(number.problems().get(0).message().contains("not a number"));
        ValidationException choice = assertThrows(ValidationException.class, () -> fields.set(id, "staff.stage", "growing", Locale.ENGLISH));
        assertTrue(choice.problems().get(0).message().contains("idea, launched"), choice.problems().toString());
        assertThrows(ValidationException.class, () -> fields.set(id, "staff.met", "14/03/2026", Locale.ENGLISH));
        assertThrows(ValidationException.class, () -> fields.set(id, "nobody.defined", "x", Locale.ENGLISH));
        assertEquals("1250.5", fields.values(id).get("staff.turnover"), "a refused value leaves the stored one");

        assertEquals(null, fields.set(id, "staff.turnover", " ", Locale.ENGLISH));
        assertTrue(!fields.values(id).containsKey("staff.turnover"), "a blank value clears the field");
        ValidationException retype = assertThrows(ValidationException.class, () -> fields.define(
                new CustomField("staff.stage", CustomFieldType.TEXT, "Stage", "Étape", null, null), Locale.ENGLISH));
        assertEquals("type", retype.problems().get(0).field());
        assertThrows(ValidationException.class, () -> fields.define(
                new CustomField("Bad Key", CustomFieldType.TEXT, "", "x", null, null), Locale.ENGLISH));
    }

    @Test
    void anAgencyBundleDefinesItsFieldsThroughTheService() throws InterruptedException {
        // defined when the bundle started, and again in this test's database once the store announced it open
        long deadline = System.nanoTime() + StoreFixture.TIMEOUT.toNanos();
        while (fields.fields().stream().noneMatch(f -> f.key().equals("sussex.grant-stage")) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        CustomField stage = fields.fields().stream().filter(f -> f.key().equals("sussex.grant-stage")).findFirst()
                .orElseThrow(() -> new AssertionError("the example agency bundle defines its field at start: " + fields.fields()));
        assertEquals(CustomFieldType.CHOICE, stage.type());
        assertEquals("org.example.sussex.grants", stage.owner());
        assertEquals("Étape de la subvention", stage.label(Locale.FRENCH));
    }

    @Test
    void filtersCombineAndSmartGroupsFollowTheirMembers() {
        String marker = "filt" + UUID.randomUUID().toString().substring(0, 6);
        Person anglophone = contacts.save(Person.named("Grace", marker).withTags(Set.of("export")), Locale.ENGLISH);
        Person francophone = contacts.save(new Person(null, "Hugo", marker, "fr", Set.of("fr", "en"), "FR-76", null, null,
                Readiness.CAUTIOUS, null, null, null, List.of(), List.of(), Set.of(), List.of()), Locale.ENGLISH);
        Organisation bakery = contacts.save(new Organisation(null, "Boulangerie " + marker, null, null, null, null, null, "FR-76",
                null, Set.of("10.71"), Set.of("B2C"), Set.of()), Locale.ENGLISH);
        StoreFixture.service(ContactRelations.class).affiliate(new Affiliation(null, francophone.id(), bakery.id(), "owner", null,
                null, null), Locale.ENGLISH);

        assertEquals(Set.of(francophone.id(), bakery.id()), ids(marker, ContactFilter.NONE.withRegion("FR-76")));
        assertEquals(Set.of(francophone.id()), ids(marker, ContactFilter.NONE.withLanguage("fr")));
        assertEquals(Set.of(francophone.id()), ids(marker, ContactFilter.NONE.withReadiness(Readiness.CAUTIOUS)));
        assertEquals(Set.of(anglophone.id()), ids(marker, ContactFilter.NONE.withTag("EXPORT")));
        assertEquals(Set.of(francophone.id(), bakery.id()), ids(marker, ContactFilter.NONE.withSector("10")),
                "division 10 takes in class 10.71, and the bakery's owner");
        assertEquals(Set.of(), ids(marker, ContactFilter.NONE.withSector("62")));
        assertEquals(Set.of(francophone.id(), bakery.id()), ids(marker, ContactFilter.NONE.withSegment("B2C")));
        assertEquals(Set.of(), ids(marker, ContactFilter.NONE.withSegment("B2C").withLanguage("en").withReadiness(Readiness.OPEN)));
        contacts.save(new Segment("export_fr", "Exporters to France", "Exportateurs vers la France"), Locale.ENGLISH);
        Organisation exporter = contacts.save(new Organisation(null, "Lewes Print " + marker, null, null, null, null, null, "GB-ESX",
                null, Set.of(), Set.of("EXPORT_FR"), Set.of()), Locale.ENGLISH);
        assertEquals(Set.of(exporter.id()), ids(marker, ContactFilter.NONE.withSegment("EXPORT_FR")), "a segment the network added");
        assertThrows(ValidationException.class, () -> contacts.save(new Segment("export fr!", "x", ""), Locale.ENGLISH));

        ConsentLedger ledger = StoreFixture.service(ConsentLedger.class);
        ContactFilter newsletter = ContactFilter.NONE.withConsent(ConsentPurpose.NEWSLETTER);
        ledger.record(anglophone.id(), ConsentPurpose.NEWSLETTER, ConsentChannel.EMAIL, true, "web form", null, null, Locale.ENGLISH);
        ledger.record(francophone.id(), ConsentPurpose.NEWSLETTER, ConsentChannel.EMAIL, true, "fair", null,
                Instant.now().minus(1, ChronoUnit.DAYS), Locale.ENGLISH);
        assertEquals(Set.of(anglophone.id()), ids(marker, newsletter), "a lapsed grant does not count");

        SavedSearch group = groups.save("Newsletter " + marker, marker, newsletter, Locale.ENGLISH);
        assertEquals(List.of(anglophone.id()), groups.members(group.id()));
        ledger.record(anglophone.id(), ConsentPurpose.NEWSLETTER, ConsentChannel.EMAIL, false, "unsubscribe link", null, null,
                Locale.ENGLISH);
        assertEquals(List.of(), groups.members(group.id()), "withdrawing consent leaves the group");
        assertEquals(group, groups.find(group.id()).orElseThrow(), "the filter survives being stored");
        assertEquals(group.id(), groups.save("newsletter " + marker, marker, newsletter, Locale.ENGLISH).id(),
                "saving under the same name replaces the group");
        groups.delete(group.id());
        assertTrue(groups.find(group.id()).isEmpty());
        assertThrows(ValidationException.class, () -> groups.save(" ", "", ContactFilter.NONE, Locale.ENGLISH));
    }

    private static Set<UUID> ids(String text, ContactFilter filter) {
        ContactQuery query = new ContactQuery(text, filter, 0, 100);
        List<ContactSummary> found = contacts.search(query);
        assertEquals(found.size(), contacts.count(query), "count and search agree");
        return found.stream().map(ContactSummary::id).collect(java.util.stream.Collectors.toSet());
    }
}
