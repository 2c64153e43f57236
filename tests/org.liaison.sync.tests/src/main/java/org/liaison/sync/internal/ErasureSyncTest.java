package org.liaison.sync.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.liaison.contacts.internal.StoreDataProtection;
import org.liaison.core.id.Ids;
import org.liaison.server.Role;
import org.liaison.store.Sql;
import org.liaison.store.Store;
import org.liaison.sync.internal.SyncServerFixture.Desktop;
import org.liaison.test.support.PersonalTraces;
import org.liaison.test.support.StoreFixture;

/**
 * A person erased on one desktop is gone from the server and every desktop, whatever the others did
 * meanwhile: an offline desktop's later edit and new email do not bring them back, and a telephone
 * number another desktop added, which the erasing desktop never saw, goes too.
 */
class ErasureSyncTest {

    private static final String[] TRACES = {"gwendolyn", "featherston", "918273"};

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

        new StoreDataProtection(a.store().store(), a.store().outbox(), null).erase(gwen);
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

    private static void write(Desktop desktop, String sql, Object... values) {
        desktop.store().store().transaction(connection -> Sql.update(connection, sql, values));
    }
}
