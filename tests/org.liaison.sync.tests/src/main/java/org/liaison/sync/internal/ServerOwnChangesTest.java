package org.liaison.sync.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaison.contacts.ConsentChannel;
import org.liaison.contacts.ConsentLedger;
import org.liaison.contacts.ConsentPurpose;
import org.liaison.contacts.ContactService;
import org.liaison.contacts.Person;
import org.liaison.server.Role;
import org.liaison.store.Sql;
import org.liaison.sync.internal.SyncServerFixture.Desktop;
import org.liaison.test.support.StoreFixture;

/**
 * What the server's own components write into synced tables (as a campaign the server sends
 * does) reaches every desktop as the changes of the server's own device, an added-only entry of
 * the consent ledger included: the server already holds that row in its table, not yet in what
 * desktops sync.
 */
@ExtendWith(OwnServer.class)
class ServerOwnChangesTest {

    @Test
    void whatTheServerWritesItselfReachesEveryDesktop() throws Exception {
        SyncServerFixture.endpoint();
        Desktop desktop = SyncServerFixture.desktop(SyncServerFixture.account("own-changes", Role.STAFF), Duration.ZERO,
                SyncServerFixture.transport());
        desktop.engine().sync();

        // written on the server's database as its own components write, not pushed by anyone
        UUID person = StoreFixture.service(ContactService.class).save(Person.named("Odile", "Serveur"), Locale.ENGLISH).id();
        StoreFixture.service(ConsentLedger.class).record(person, ConsentPurpose.NEWSLETTER, ConsentChannel.EMAIL, false,
                "reply by mail", null, null, Locale.ENGLISH);

        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (count(desktop, "SELECT COUNT(*) FROM CONTACT_CONSENT WHERE CONTACT_ID = ? AND GRANTED = FALSE", person) == 0) {
            assertTrue(System.nanoTime() < deadline, "the server's consent entry reached the desktop within 30 s");
            Thread.sleep(200);
            desktop.engine().sync();
        }
        assertEquals(1, count(desktop, "SELECT COUNT(*) FROM CONTACT_PERSON WHERE ID = ? AND FAMILY_NAME = 'Serveur'", person),
                "and the person it is about");
    }

    private static long count(Desktop desktop, String sql, UUID person) {
        return desktop.store().store().read(connection -> Sql.count(connection, sql, person));
    }
}
