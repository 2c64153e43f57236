package org.liaison.sync.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaison.server.Role;
import org.liaison.sync.SyncReport;
import org.liaison.sync.internal.SyncServerFixture.Desktop;

/** A new desktop's first sync says how many rows it has received after each page, so that people can see it come. */
@ExtendWith(OwnServer.class)
class FirstLoadProgressTest {

    @Test
    void eachPageAppliedIsReportedWithTheRowsReceivedSoFar() {
        String account = SyncServerFixture.account("first-load", Role.STAFF);
        int rows = SyncEngine.PULL_PAGE * 2 + 300;
        Desktop writer = SyncServerFixture.writerOfPartners(account, rows, "Dieppe");

        Desktop newcomer = SyncServerFixture.desktop(account, Duration.ZERO, SyncServerFixture.transport());
        List<Long> reported = new ArrayList<>();
        SyncReport report = newcomer.engine().sync(reported::add);
        assertTrue(report.pulled() >= rows, "everything the server holds came: " + report);
        assertTrue(reported.size() >= 3, "a report for each page: " + reported);
        for (int i = 1; i < reported.size(); i++) {
            assertTrue(reported.get(i) > reported.get(i - 1), "each report counts more: " + reported);
        }
        assertEquals(report.pulled(), reported.get(reported.size() - 1).longValue(), "the last report is the whole load");
        writer.store().close();
        newcomer.store().close();
    }
}
