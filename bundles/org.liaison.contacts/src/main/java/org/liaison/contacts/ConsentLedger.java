package org.liaison.contacts;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Consent, as the law wants it: append-only, with source and evidence; the current state is derived. */
public interface ConsentLedger {

    /** Appends an entry; a source is required. */
    ConsentEvent record(UUID contactId, ConsentPurpose purpose, ConsentChannel channel, boolean granted, String source,
            String evidence, Instant expiresAt, Locale locale);

    /** Every entry for the contact, oldest first. */
    List<ConsentEvent> history(UUID contactId);

    /** Whether the latest entry for this purpose and channel grants consent that has not lapsed at {@code at}. */
    boolean granted(UUID contactId, ConsentPurpose purpose, ConsentChannel channel, Instant at);
}
