package org.liaison.niches;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** The trust graph: referrals recorded here and each person's {@code referredBy}, kept consistent. */
public interface Referrals {

    /**
     * Records that {@code referrer} brought {@code referred} into the network. When the referred
     * person has no {@code referredBy} yet, it becomes this referrer. Refused for one contact
     * referring themselves, an unknown contact, or an edge already recorded.
     */
    Referral record(UUID referrer, UUID referred, LocalDate on, String how, Locale locale);

    /** The edges that touch the contact, either way. */
    List<Referral> of(UUID contactId);

    /** The edges within {@code steps} of the contact (1 or 2), either way, each once. */
    List<Referral> around(UUID contactId, int steps);
}
