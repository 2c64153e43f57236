package org.liaison.contacts.io;

import java.util.UUID;

/** What an import did; {@link #importId()} reverts it. */
public record ImportResult(UUID importId, int created, int updated, int skipped) {
}
