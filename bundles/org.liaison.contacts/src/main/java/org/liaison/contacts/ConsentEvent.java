package org.liaison.contacts;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of a contact's consent ledger: granted or withdrawn, for one purpose and channel,
 * with where it came from and the evidence. Entries are never changed; the current state is the
 * latest entry.
 *
 * @param source how it was given: "signed form at Rouen fair", "email reply", ...
 * @param evidence a reference to the proof (a form number, a message id), or {@code null}
 * @param expiresAt when a grant lapses, or {@code null}
 */
public record ConsentEvent(UUID id, UUID contactId, ConsentPurpose purpose, ConsentChannel channel, boolean granted,
        String source, String evidence, Instant recordedAt, Instant expiresAt) {
}
