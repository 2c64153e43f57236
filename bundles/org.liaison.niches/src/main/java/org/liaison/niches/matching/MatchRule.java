package org.liaison.niches.matching;

import java.util.Optional;

/**
 * One way in which two members fit, scored. Register implementations as OSGi services; every
 * registered rule is asked about every pair. Version 1.0 of this interface: methods may be added
 * in later minor versions only with default implementations.
 */
public interface MatchRule {

    /** A short name, unique among the rules ("sector"; an agency's rule uses its own prefix). */
    String id();

    /**
     * The points this rule gives {@code candidate} for {@code seeker}, with the reason, or empty
     * when it has nothing to say about the pair.
     */
    Optional<Reason> assess(MatchSide seeker, MatchSide candidate, TrustGraph trust);
}
