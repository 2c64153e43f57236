package org.liaison.meetings.interview;

import org.liaison.contacts.BarrierKind;

/** What a confirmed answer changes; an empty answer changes nothing. */
public sealed interface Effect {

    /** Kept with the interview only. */
    record Recorded() implements Effect {
    }

    /** Sets the person's readiness to network: the answer is a {@link org.liaison.contacts.Readiness} name. */
    record SetsReadiness() implements Effect {
    }

    /** Adds a barrier of this kind to the person's profile, the answer as its note. */
    record AddsBarrier(BarrierKind kind) implements Effect {
    }

    /** A need of this category (the niches area's category names: EXPERTISE, KNOWLEDGE, KNOW_HOW...), the answer as its description. */
    record Need(String category) implements Effect {
    }

    /** An offer of this category, the answer as its description. */
    record Offer(String category) implements Effect {
    }
}
