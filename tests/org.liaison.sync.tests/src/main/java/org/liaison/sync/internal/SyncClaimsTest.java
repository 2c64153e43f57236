package org.liaison.sync.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaison.server.Role;
import org.liaison.sync.internal.SyncServerFixture.Desktop;
import org.liaison.sync.protocol.ConflictList.Conflict;

/**
 * What README says sync does when desktops edit the same row: the edit that loses is recorded with
 * both values and both accounts, and can be put back; a desktop whose clock runs an hour ahead does
 * not win every edit; a desktop online hears of another's push at once.
 */
@ExtendWith(OwnServer.class)
class SyncClaimsTest {

    @Test
    void anEditThatLosesIsRecordedWithBothValuesAndAccountsAndPutBackReachesEveryDesktop() {
        Desktop anna = SyncServerFixture.desktop(SyncServerFixture.account("claims-anna", Role.STAFF), Duration.ZERO,
                SyncServerFixture.transport());
        Desktop ben = SyncServerFixture.desktop(SyncServerFixture.account("claims-ben", Role.STAFF), Duration.ZERO,
                SyncServerFixture.transport());
        UUID partner = PartnerRows.insert(anna, "Caux Cider");
        anna.engine().sync();
        ben.engine().sync();
        assertEquals("Caux Cider", PartnerRows.name(ben, partner));

        PartnerRows.rename(anna, partner, "Caux Cider Company");
        anna.engine().sync();
        PartnerRows.rename(ben, partner, "Cidrerie du Pays de Caux"); // later, without having seen Anna's edit
        ben.engine().sync();

        Conflict conflict = conflictOn(ben, partner);
        assertEquals("NAME", conflict.column());
        assertEquals("Cidrerie du Pays de Caux", conflict.keptValue());
        assertEquals("claims-ben", conflict.keptBy());
        assertEquals("Caux Cider Company", conflict.lostValue());
        assertEquals("claims-anna", conflict.lostBy());

        anna.engine().sync();
        assertEquals("Cidrerie du Pays de Caux", PartnerRows.name(anna, partner), "the later edit won everywhere");
        // "Put back the lost value", as the Sync part does it: a new edit on the desktop that asks
        assertTrue(anna.store().remoteChanges().applyAsLocalEdit(conflict.table(), conflict.row(),
                java.util.Collections.singletonMap(conflict.column(), conflict.lostValue())));
        anna.engine().sync();
        ben.engine().sync();
        assertEquals("Caux Cider Company", PartnerRows.name(anna, partner));
        assertEquals("Caux Cider Company", PartnerRows.name(ben, partner), "put back on every desktop");
    }

    @Test
    void aDesktopWhoseClockRunsAnHourAheadDoesNotWinAnEditMadeLater() throws InterruptedException {
        Desktop fast = SyncServerFixture.desktop(SyncServerFixture.account("claims-fast", Role.STAFF), Duration.ofHours(1),
                SyncServerFixture.transport());
        Desktop right = SyncServerFixture.desktop(SyncServerFixture.account("claims-right", Role.STAFF), Duration.ZERO,
                SyncServerFixture.transport());
        UUID partner = PartnerRows.insert(right, "Hastings Makers");
        right.engine().sync();
        fast.engine().sync();

        PartnerRows.rename(fast, partner, "Hastings Makers (fast clock)");
        fast.engine().sync();
        Thread.sleep(50);
        PartnerRows.rename(right, partner, "Hastings Makers Ltd"); // later in real time, not having seen the fast desktop's edit
        right.engine().sync();
        fast.engine().sync();

        assertEquals("Hastings Makers Ltd", PartnerRows.name(right, partner),
                "the server takes a stamp ahead of its clock for its own time, so the later edit wins");
        assertEquals("Hastings Makers Ltd", PartnerRows.name(fast, partner));
        assertEquals("claims-right", conflictOn(right, partner).keptBy());
    }

    @Test
    void aDesktopOnlineHearsOfAnotherDesktopsPushWithinASecond() throws Exception {
        String account = SyncServerFixture.account("claims-listen", Role.STAFF);
        Desktop writer = SyncServerFixture.desktop(account, Duration.ZERO, SyncServerFixture.transport());
        Desktop listener = SyncServerFixture.desktop(account, Duration.ZERO, SyncServerFixture.transport());
        writer.engine().sync();
        listener.engine().sync();

        CompletableFuture<Long> heard = CompletableFuture.supplyAsync(() -> {
            boolean waiting = listener.engine().changesWaiting(25); // the held pull the desktop keeps open
            return waiting ? System.nanoTime() : -1L;
        });
        Thread.sleep(1_000); // the pull is held on the server by now
        assertTrue(!heard.isDone(), "nothing to hear yet: the pull is held");
        UUID partner = PartnerRows.insert(writer, "Seaford Brewing");
        long pushed = System.nanoTime();
        writer.engine().sync();
        long answered = heard.get(10, TimeUnit.SECONDS);
        assertTrue(answered > 0, "the held pull was answered with changes");
        long millis = TimeUnit.NANOSECONDS.toMillis(answered - pushed);
        assertTrue(millis < 1_500, "the listener heard of the push " + millis + " ms after it started");
        listener.engine().sync();
        assertEquals("Seaford Brewing", PartnerRows.name(listener, partner));
    }

    private static Conflict conflictOn(Desktop desktop, UUID row) {
        var state = ClientState.read(desktop.store().store()).orElseThrow();
        List<Conflict> onRow = new java.util.ArrayList<>();
        long after = 0;
        for (List<Conflict> page; !(page = SyncServerFixture.transport().conflicts(state.token(), after, 500).conflicts()).isEmpty();) {
            page.stream().filter(c -> c.row().equals(row)).forEach(onRow::add);
            after = page.get(page.size() - 1).id();
        }
        return onRow.stream().reduce((a, b) -> b).orElseThrow(() -> new AssertionError("no conflict recorded on " + row));
    }

}
