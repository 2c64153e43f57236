package org.liaison.sync.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaison.contacts.internal.StoreDataProtection;
import org.liaison.core.clock.HybridLogicalClocks;
import org.liaison.core.id.Ids;
import org.liaison.server.Role;
import org.liaison.store.OpenStore;
import org.liaison.store.Sql;
import org.liaison.store.Store;
import org.liaison.store.StoreFactory;
import org.liaison.sync.internal.SyncServerFixture.Desktop;
import org.liaison.test.support.PersonalTraces;
import org.liaison.test.support.StoreFixture;

/**
 * A person erased on one desktop is gone from the server and every desktop, whatever the others did
 * meanwhile: an offline desktop's later edit and new email do not bring them back, and a telephone
 * number another desktop added, which the erasing desktop never saw, goes too.
 */
@ExtendWith(OwnServer.class)
class ErasureSyncTest {

    private static final String[] TRACES = {"gwendolyn", "featherston", "+441273918273"};

    @Test
    void anErasureReachesEveryDesktopAndNothingDoneElsewhereBringsThePersonBack() {
        String account = SyncServerFixture.account("erasure-staff", Role.STAFF);
        Desktop a = SyncServerFixture.desktop(account, Duration.ZERO, SyncServerFixture.transport());
        Desktop b = SyncServerFixture.desktop(account, Duration.ZERO, SyncServerFixture.transport());
        Desktop c = SyncServerFixture.desktop(account, Duration.ZERO, SyncServerFixture.transport());
        UUID gwen = ListedPeople.person(a.store().store(), "Gwendolyn", "Featherstonehaugh");
        write(a, "INSERT INTO CONTACT_EMAIL (ID, CONTACT_ID, ADDRESS, IS_PRIMARY) VALUES (?, ?, 'gwen@featherstone-ales.co.uk', TRUE)",
                Ids.newId(), gwen);
        a.engine().sync();
        b.engine().sync();
        c.engine().sync();
        write(c, "INSERT INTO CONTACT_PHONE (ID, CONTACT_ID, NUMBER_E164, KIND) VALUES (?, ?, '+441273918273', 'WORK')", Ids.newId(), gwen);
        c.engine().sync(); // a number the erasing desktop has not seen

        erase(a, gwen);
        write(b, "UPDATE CONTACT_PERSON SET GIVEN_NAME = 'Gwendolyn-Rose', CITY = 'Lewes' WHERE ID = ?", gwen); // offline, later
        write(b, "INSERT INTO CONTACT_EMAIL (ID, CONTACT_ID, ADDRESS, IS_PRIMARY) VALUES (?, ?, 'gwendolyn.rose@ales.test', FALSE)",
                Ids.newId(), gwen);

        for (int round = 0; round < 2; round++) {
            a.engine().sync();
            b.engine().sync();
            c.engine().sync();
        }

        Store server = StoreFixture.service(Store.class);
        for (Store store : List.of(server, a.store().store(), b.store().store(), c.store().store())) {
            String which = store == server ? "the server" : "a desktop";
            assertEquals(1, store.read(connection -> Sql.count(connection, "SELECT COUNT(*) FROM CONTACT_PERSON WHERE ID = ? AND ERASED "
                    + "AND GIVEN_NAME IS NULL AND FAMILY_NAME IS NULL AND CITY IS NULL", gwen)), which + " holds her erased");
            assertEquals(List.of(), PersonalTraces.in(store, TRACES), which + " keeps no trace of her");
        }
        for (Desktop desktop : List.of(a, b, c)) {
            desktop.store().close();
        }
    }

    @Test
    void anAddressErasedOnADesktopThatWorkedAloneIsRecognisedByTheOthersOnceItConnects() {
        String account = SyncServerFixture.account("erasure-staff", Role.STAFF);
        OpenStore alone = StoreFixture.service(StoreFactory.class).openInMemory("desktop-alone", HybridLogicalClocks.over(java.time.Clock.systemUTC()));
        UUID tom = ListedPeople.person(alone.store(), "Tom", "Hetherington");
        alone.store().transaction(connection -> Sql.update(connection,
                "INSERT INTO CONTACT_EMAIL (ID, CONTACT_ID, ADDRESS, IS_PRIMARY) VALUES (?, ?, 'tom@hetherington.test', TRUE)", Ids.newId(), tom));
        Desktop lone = new Desktop("desktop-alone", alone, SyncServerFixture.transport());
        erase(lone, tom); // before it ever knew the network's keys
        SyncServerFixture.signIn(lone, account).engine().sync();
        Desktop other = SyncServerFixture.desktop(account, Duration.ZERO, SyncServerFixture.transport());
        other.engine().sync();

        assertTrue(protection(other).suppressed("Tom@Hetherington.test"), "the other desktop recognises the erased address");
        Desktop third = SyncServerFixture.desktop(account, Duration.ZERO, SyncServerFixture.transport());
        third.engine().sync();
        erase(third, ListedPeople.person(third.store().store(), "Una", "Pemberton")); // erased now with the network's key
        lone.engine().sync();
        assertTrue(protection(lone).suppressed("tom@hetherington.test") && protection(third).suppressed("tom@hetherington.test"));
        for (Desktop desktop : List.of(lone, other, third)) {
            desktop.store().close();
        }
    }

    private static StoreDataProtection protection(Desktop desktop) {
        return new StoreDataProtection(desktop.store().store(), desktop.store().outbox(), desktop.store().networkKeys(), null);
    }

    private static void erase(Desktop desktop, UUID person) {
        protection(desktop).erase(person);
    }

    private static void write(Desktop desktop, String sql, Object... values) {
        desktop.store().store().transaction(connection -> Sql.update(connection, sql, values));
    }
}
