package org.liaison.core.internal;

import java.time.Clock;

import org.liaison.core.clock.HybridLogicalClock;
import org.osgi.service.component.annotations.Component;

/** The node's one hybrid logical clock, over the system's UTC clock. */
@Component(service = HybridLogicalClock.class)
public class SystemHybridLogicalClock extends HlcState {

    public SystemHybridLogicalClock() {
        super(Clock.systemUTC());
    }
}
