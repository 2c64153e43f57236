package org.liaison.core.clock;

import java.time.Duration;

/**
 * The node's hybrid logical clock (Kulkarni et al., 2014). Every captured change is stamped with
 * it, so that the last writer wins by causal order even when wall clocks disagree.
 *
 * <p>Readings never go backwards, even when the wall clock does.
 */
public interface HybridLogicalClock {

    /** A stamp for a local event, greater than every stamp this clock gave or received. */
    HlcTimestamp now();

    /**
     * Merges a stamp received from another node, so that later local stamps order after it.
     *
     * @return the clock's reading after the merge
     */
    HlcTimestamp receive(HlcTimestamp remote);

    /**
     * How far the clock's logical time is ahead of the wall clock: zero normally, positive after
     * the wall clock stepped back or a node with a fast clock was heard from.
     */
    Duration drift();
}
