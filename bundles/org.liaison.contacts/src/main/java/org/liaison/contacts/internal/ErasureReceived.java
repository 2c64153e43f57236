package org.liaison.contacts.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.liaison.store.SqlWork;
import org.liaison.store.changes.Operation;
import org.liaison.store.changes.Outbox;
import org.liaison.store.changes.RemoteChange;
import org.liaison.store.changes.RemoteChangeObserver;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A person erased on another desktop is erased here too, in the transaction that receives it: what
 * this desktop wrote about them meanwhile (a new email, an edit not yet sent) and what it kept to undo
 * a merge or an import of them go, and its waiting changes forget those values.
 */
@Component(service = RemoteChangeObserver.class)
public class ErasureReceived implements RemoteChangeObserver {

    private final Outbox outbox;

    @Activate
    public ErasureReceived(@Reference Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public SqlWork<?> beforeApply(Connection connection, List<RemoteChange> changes) throws SQLException {
        List<UUID> erased = new ArrayList<>();
        for (RemoteChange change : changes) {
            if ("CONTACT_PERSON".equals(change.table()) && change.operation() != Operation.DELETE
                    && Boolean.TRUE.equals(change.fields().get("ERASED"))) {
                erased.add(change.rowId());
            }
        }
        if (erased.isEmpty()) {
            return null;
        }
        return after -> {
            long before = outbox.newest(after);
            for (UUID id : erased) {
                PersonTable.scrubReceived(after, id);
            }
            outbox.forgetErased(after, before);
            return erased.size();
        };
    }
}
