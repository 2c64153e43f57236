package org.liaison.server.internal;

import org.liaison.core.network.NetworkPlace;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Component;

/** This runtime is the network's server (ranked first where a desktop's sync client runs beside it, as in tests). */
@Component(property = Constants.SERVICE_RANKING + ":Integer=100")
public class ServerPlace implements NetworkPlace {

    @Override
    public Kind kind() {
        return Kind.SERVER;
    }
}
