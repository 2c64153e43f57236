package org.liaison.meetings.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.UUID;

/** A meeting one word of the index points to, with its start. */
record Posting(UUID meeting, Instant start) {

    /** As the word index holds them: newest first, then by meeting id as the database orders ids (unsigned). */
    static final Comparator<Posting> NEWEST_FIRST = Comparator.comparing(Posting::start).reversed()
            .thenComparing(Posting::meeting, (a, b) -> {
                int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
                return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
            });
}
