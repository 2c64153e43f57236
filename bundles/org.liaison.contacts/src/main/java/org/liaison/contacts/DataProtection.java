package org.liaison.contacts;

import java.util.UUID;

/** A person's rights over their data: to see all of it, and to have it erased. */
public interface DataProtection {

    /** Everything held about the person, as indented JSON a person can read. */
    String export(UUID personId);

    /**
     * Erases the person: personal data scrubbed everywhere (the change reaches other desktops by
     * sync), an anonymous record kept, removed from every list, and their email addresses and
     * phone numbers remembered only as hashes so that they are never imported or contacted again.
     * What other areas hold about the person is scrubbed by their {@link ErasureParticipant}s, in
     * the same transaction.
     */
    void erase(UUID personId);

    /** Whether the email address or phone number (E.164) belongs to someone erased. */
    boolean suppressed(String emailOrPhone);
}
