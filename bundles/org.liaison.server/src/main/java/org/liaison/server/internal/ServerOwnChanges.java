package org.liaison.server.internal;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.liaison.core.id.Ids;
import org.liaison.server.Role;
import org.liaison.store.Store;
import org.liaison.store.changes.CapturedChange;
import org.liaison.store.changes.Outbox;
import org.liaison.sync.protocol.PushRequest;
import org.liaison.sync.protocol.PushResponse;
import org.liaison.sync.protocol.PushedChange;

/**
 * Hands what the server's own components write into synced tables (a campaign the server sends:
 * its delivery records, bounces read from its return mailbox) to the ledger as the changes of the
 * server's own device, so that they reach every desktop by sync like a desktop's edits.
 *
 * <p>All that waits goes in one transaction of the store: the ledger writes the merged values back
 * into the tables, and a write of the server's made between reading the outbox and that write-back
 * would be overwritten by an older value (a mail sent, then marked as being sent again).
 */
final class ServerOwnChanges {

    static final UUID DEVICE = Ids.derived("server-device", "server-components");
    private static final System.Logger LOG = System.getLogger(ServerOwnChanges.class.getName());
    private static final String ACCOUNT = "(server)";
    private static final int BATCH = 500;

    private final Store store;
    private final Outbox outbox;
    private final SyncLedger ledger;

    ServerOwnChanges(Store store, Outbox outbox, SyncLedger ledger) {
        this.store = store;
        this.outbox = outbox;
        this.ledger = ledger;
    }

    /** Pushes every change waiting in the server's outbox; gives back how many there were. */
    synchronized int push() {
        int pushed = store.transaction(connection -> {
            if (ServerDevices.register(connection, DEVICE, ACCOUNT, "server components")) {
                // a server of an earlier release captured its writes without ever handing them on; what they
                // wrote is in the ledger already (taken in as rows desktops had not pushed at the endpoint's start)
                long backlog = outbox.newest(connection);
                outbox.acknowledge(backlog);
                LOG.log(Level.INFO, "The server''s own device starts after change {0}", backlog);
                return 0;
            }
            int handed = 0;
            for (List<CapturedChange> batch = outbox.after(0, BATCH); !batch.isEmpty(); batch = outbox.after(0, BATCH)) {
                List<PushedChange> changes = new ArrayList<>(batch.size());
                for (CapturedChange change : batch) {
                    changes.add(new PushedChange(change.sequence(), change.table(), change.rowId(),
                            String.valueOf(change.operation().code()), change.stamp().pack(), change.fields()));
                }
                // the server has seen every row: what it writes is no conflict with an edit it already holds
                PushResponse answer = ledger.push(new Session(ACCOUNT, Role.STAFF, DEVICE),
                        new PushRequest(DEVICE.toString(), Long.MAX_VALUE, changes));
                for (PushResponse.Refusal refusal : answer.refused()) {
                    CapturedChange change = batch.stream().filter(c -> c.sequence() == refusal.seq()).findFirst().orElseThrow();
                    // left behind rather than tried for ever: the table's rules refuse it from any device
                    LOG.log(Level.WARNING, "The server''s own change to {0} row {1} was refused: {2}", change.table(),
                            change.rowId(), refusal.reason());
                }
                outbox.acknowledge(batch.get(batch.size() - 1).sequence());
                handed += batch.size();
            }
            return handed;
        });
        if (pushed > 0) {
            ledger.committed();
        }
        return pushed;
    }
}
