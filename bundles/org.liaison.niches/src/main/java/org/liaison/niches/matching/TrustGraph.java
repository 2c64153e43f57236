package org.liaison.niches.matching;

import java.util.Optional;
import java.util.UUID;

/** Referral paths between contacts, as far as matching looks: one or two steps. */
public interface TrustGraph {

    /** 1 when one referred the other, 2 when both are tied to a third contact, else 0. */
    int steps(UUID a, UUID b);

    /** The contact between {@code a} and {@code b} when they are two steps apart. */
    Optional<UUID> via(UUID a, UUID b);

    /** The name of a contact of the graph, for a reason's text. */
    String name(UUID contact);
}
