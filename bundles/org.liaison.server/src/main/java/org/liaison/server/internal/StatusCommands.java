package org.liaison.server.internal;

import org.liaison.store.AppliedMigration;
import org.liaison.store.StoreStatus;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Console commands: {@code liaison:status} and {@code liaison:migrations}. */
@Component(service = StatusCommands.class, property = { "osgi.command.scope=liaison",
        "osgi.command.function=status", "osgi.command.function=migrations" })
public class StatusCommands {

    @Reference
    private StoreStatus store;

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
}
