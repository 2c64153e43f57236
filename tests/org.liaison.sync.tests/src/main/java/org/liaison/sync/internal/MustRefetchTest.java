package org.liaison.sync.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaison.server.Role;
import org.liaison.store.Store;
import org.liaison.sync.internal.SyncServerFixture.Desktop;
import org.liaison.test.support.StoreFixture;

/**
 * What README says of a desktop that stayed away longer than the server keeps deletions: the server
 * answers 410 must-refetch, and the desktop loads everything again, removing the rows the server no
 * longer has, without losing the edits it had not sent yet.
 */
@ExtendWith(OwnServer.class)
class MustRefetchTest {

    @Test
    void aDesktopAwayLongerThanDeletionsAreKeptLoadsEverythingAgainAndKeepsItsOwnEdits() {
        String account = SyncServerFixture.account("refetch-staff", Role.STAFF);
        Desktop anna = SyncServerFixture.desktop(account, Duration.ZERO, SyncServerFixture.transport());
        Desktop ben = SyncServerFixture.desktop(account, Duration.ZERO, SyncServerFixture.transport());
        UUID kept = PartnerRows.insert(anna, "Rye Pottery");
        UUID gone = PartnerRows.insert(anna, "Battle Forge");
        anna.engine().sync();
        ben.engine().sync();
        assertEquals("Battle Forge", PartnerRows.name(ben, gone));

        PartnerRows.rename(ben, kept, "Rye Pottery Ltd"); // Ben, away, edits without syncing
        PartnerRows.delete(anna, gone);
        anna.engine().sync();
        int aged = serverWrite("UPDATE SYNC_ROW SET DELETED_AT = DATEADD(DAY, -400, CURRENT_TIMESTAMP) WHERE ROW_ID = ? AND DELETED", gone);
        assertEquals(1, aged, "the deletion is on the server, now older than the retention");
        assertTrue(SyncServerFixture.endpoint().forgetOldDeletions() >= 1, "the housekeeping forgets it");

        ben.engine().sync();
        assertNull(PartnerRows.name(ben, gone), "the row the server no longer has is removed");
        assertEquals("Rye Pottery Ltd", PartnerRows.name(ben, kept), "the edit Ben had not sent is kept");
        assertFalse(ClientState.read(ben.store().store()).orElseThrow().refetch(), "the load is complete");
        assertEquals(0, ben.store().outbox().size());
        anna.engine().sync();
        assertEquals("Rye Pottery Ltd", PartnerRows.name(anna, kept), "and sent to the others");
    }

    private static int serverWrite(String sql, UUID row) {
        return StoreFixture.service(Store.class).transaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(sql)) {
                update.setObject(1, row);
                return update.executeUpdate();
            }
        });
    }

}
