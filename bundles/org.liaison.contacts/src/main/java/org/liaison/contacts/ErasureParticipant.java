package org.liaison.contacts;

import java.util.UUID;

/**
 * An area's part in erasing a person: what it holds about them besides their contact record (the
 * addresses a campaign wrote to, say). Registered as an OSGi service; {@link DataProtection#erase}
 * calls every one inside the erasure's transaction, before the person's own record is scrubbed, so
 * that their addresses can still be found. A participant that throws stops the erasure: nothing
 * is erased.
 *
 * @since 1.4
 */
public interface ErasureParticipant {

    /** Scrubs what this area holds about the person, through the store (the call joins the erasure's transaction). */
    void erase(UUID personId);
}
