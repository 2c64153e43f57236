package org.liaison.contacts.io;

import java.time.Instant;
import java.util.UUID;

/** An import made on this desktop, as listed to revert it. */
public record ImportRecord(UUID id, String fileName, Instant importedAt, int created, int updated, Instant revertedAt) {
}
