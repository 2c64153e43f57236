package org.liaison.sync.internal;

import org.liaison.core.network.NetworkPlace;
import org.liaison.store.Store;
import org.liaison.sync.SyncException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A desktop is connected from the moment it is set up with a server until it goes back to working
 * alone; its changes reach the server unless the server refused them.
 */
@Component
public class DesktopPlace implements NetworkPlace {

    private final Store store;

    @Activate
    public DesktopPlace(@Reference Store store) {
        this.store = store;
    }

    @Override
    public Kind kind() {
        return ClientState.read(store).isPresent() ? Kind.CONNECTED_DESKTOP : Kind.ALONE;
    }

    /** Not once the server refused this desktop's changes (an account that may only read keeps them here). */
    @Override
    public boolean changesReachServer() {
        return ClientState.read(store).flatMap(ClientState::problem).map(p -> p.kind() != SyncException.Kind.FORBIDDEN).orElse(true);
    }
}
