package org.liaison.desktop.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.liaison.contacts.ContactRole;
import org.liaison.contacts.ContactService;
import org.liaison.contacts.Email;
import org.liaison.contacts.Person;
import org.liaison.contacts.PostalAddress;
import org.liaison.contacts.Readiness;
import org.liaison.store.Sql;
import org.liaison.store.Store;
import org.liaison.store.StoreStatus;
import org.liaison.store.changes.RemoteChanges;
import org.liaison.test.support.StoreFixture;
import org.liaison.workbench.RecordLabels;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/** The words the areas give their synced records, which the Sync view's conflicts show instead of table names and ids. */
class RecordLabelsTest {

    /** Tables whose kind reads the same in both languages. */
    private static final Set<String> SAME_IN_BOTH = Set.of("CONTACT_ORGANISATION", "CONTACT_NOTE", "NICHE_NETWORK");

    @Test
    void everySyncedTableOfTheAreasIsNamedInEnglishAndFrench() throws InvalidSyntaxException {
        StoreStatus store = StoreFixture.memory("labels-" + UUID.randomUUID());
        assertEquals(StoreStatus.State.OPEN, store.state());
        List<RecordLabels> areas = areas();
        int named = 0;
        for (String table : StoreFixture.service(RemoteChanges.class).syncedTables()) {
            if (!table.matches("(CONTACT|NICHE|MEETING|CAMPAIGN)(_.*)?")) {
                continue; // the test area's own tables
            }
            Optional<String> english = first(areas, l -> l.kind(table, Locale.ENGLISH));
            Optional<String> french = first(areas, l -> l.kind(table, Locale.FRENCH));
            assertTrue(english.isPresent() && french.isPresent(), table + " is named in both languages");
            if (!SAME_IN_BOTH.contains(table)) {
                assertNotEquals(english, french, table + " in French");
            }
            named++;
        }
        assertTrue(named >= 40, "the four areas' tables: " + named);
        assertEquals(Optional.of("Family name"), first(areas, l -> l.field("CONTACT_PERSON", "FAMILY_NAME", Locale.ENGLISH)));
        assertEquals(Optional.of("Nom"), first(areas, l -> l.field("CONTACT_PERSON", "FAMILY_NAME", Locale.FRENCH)));
        assertEquals(Optional.empty(), first(areas, l -> l.field("CONTACT_PERSON", "NO_SUCH_COLUMN", Locale.ENGLISH)));
    }

    @Test
    void aRecordIsNamedAsStaffKnowItAndOnlyFromTheAreasOwnTables() throws InvalidSyntaxException {
        StoreStatus store = StoreFixture.memory("labels-" + UUID.randomUUID());
        assertEquals(StoreStatus.State.OPEN, store.state());
        UUID ada = StoreFixture.service(ContactService.class).save(new Person(null, "Ada", "Lovelace", "en", Set.of(), "GB-ESX",
                PostalAddress.NONE, ContactRole.OTHER, Readiness.OPEN, null, null, null, List.of(new Email("ada@engine.test", true)),
                List.of(), Set.of(), List.of()), Locale.ENGLISH).id();
        UUID email = StoreFixture.service(Store.class).read(connection -> Sql.ids(connection,
                "SELECT ID FROM CONTACT_EMAIL WHERE CONTACT_ID = ?", ada)).get(0);
        List<RecordLabels> areas = areas();
        assertEquals(Optional.of("Ada Lovelace"), first(areas, l -> l.record("CONTACT_PERSON", ada)));
        assertEquals(Optional.of("Ada Lovelace"), first(areas, l -> l.record("CONTACT_EMAIL", email)), "an address by whose it is");
        assertEquals(Optional.empty(), first(areas, l -> l.record("CONTACT_PERSON", UUID.randomUUID())), "a row not here");
        assertEquals(Optional.empty(), first(areas, l -> l.record("CONTACT_PERSON WHERE 1 = 1 --", ada)),
                "a table name out of the areas' lists reaches no query");
    }

    private static List<RecordLabels> areas() throws InvalidSyntaxException {
        return StoreFixture.context().getServiceReferences(RecordLabels.class, null).stream()
                .map((ServiceReference<RecordLabels> reference) -> StoreFixture.context().getService(reference)).toList();
    }

    private static Optional<String> first(List<RecordLabels> areas, Function<RecordLabels, Optional<String>> label) {
        return areas.stream().map(label).flatMap(Optional::stream).findFirst();
    }
}
