package org.liaison.niches;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Who brought whom into the network: an edge of the word-of-mouth trust graph. A person's
 * {@code referredBy} in their contact record is the first such edge and is listed as one.
 *
 * @param id {@code null} for the edge read from a contact record
 * @param how in the words of whoever recorded it; empty when unknown
 */
public record Referral(UUID id, UUID referrer, UUID referred, LocalDate on, String how) {
}
