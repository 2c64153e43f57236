package org.liaison.server.internal;

import org.liaison.server.SyncEndpoint;
import org.liaison.store.AppliedMigration;
import org.liaison.store.StoreStatus;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** Console commands: {@code liaison:status}, {@code liaison:migrations} and {@code liaison:forgetOldDeletions}. */
@Component(service = StatusCommands.class, property = { "osgi.command.scope=liaison",
        "osgi.command.function=status", "osgi.command.function=migrations", "osgi.command.function=forgetOldDeletions" })
public class StatusCommands {

    @Reference
    private StoreStatus store;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile SyncEndpoint endpoint;

    /** The database's state, location and the number of changes waiting for sync. */
    public String status() {
        StringBuilder out = new StringBuilder();
        out.append("Database: ").append(store.location()).append('\n');
        out.append("State:    ").append(store.state()).append('\n');
        store.failure().ifPresent(f -> out.append("Problem:  ").append(f.getMessage()).append('\n'));
        store.serverAddress().ifPresent(a -> out.append("Served at ").append(a).append(" (TCP)\n"));
        out.append("Pending changes: ").append(store.pendingChanges());
        return out.toString();
    }

    /** Every schema change applied, in order. */
    public String migrations() {
        StringBuilder out = new StringBuilder();
        for (AppliedMigration m : store.migrations()) {
            out.append(String.format("%4d  %-40s %-24s %s%n", m.order(), m.owner(), m.id(), m.appliedAt()));
        }
        return out.toString();
    }

    /** Forgets now the deletions older than the retention, as the daily housekeeping does. */
    public String forgetOldDeletions() {
        SyncEndpoint running = endpoint;
        if (running == null) {
            return "The sync endpoint is not running.";
        }
        return running.forgetOldDeletions() + " deletions forgotten; desktops that had not synced since load everything again.";
    }
}
