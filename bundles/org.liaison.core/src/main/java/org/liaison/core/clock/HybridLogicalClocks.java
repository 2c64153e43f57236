package org.liaison.core.clock;

import java.time.Clock;

import org.liaison.core.internal.HlcState;

/**
 * Hybrid logical clocks over a given wall clock, for nodes that are not this process's own (a
 * replica opened by a tool or a test, a desktop simulated with a skewed clock). The process's
 * clock is the {@link HybridLogicalClock} service.
 */
public final class HybridLogicalClocks {

    private HybridLogicalClocks() {
    }

    /** A new clock reading {@code wall}, starting from no stamp. */
    public static HybridLogicalClock over(Clock wall) {
        return new HlcState(wall);
    }
}
