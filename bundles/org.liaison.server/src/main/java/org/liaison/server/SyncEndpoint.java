package org.liaison.server;

import java.net.URI;

/** The running HTTPS sync endpoint; registered while it listens. */
public interface SyncEndpoint {

    /** Where desktops reach it, e.g. {@code https://127.0.0.1:8443}. */
    URI address();

    /** SHA-256 fingerprint of its certificate, as colon-separated hex pairs: staff compare it on first connection. */
    String certificateFingerprint();

    /**
     * Forgets now the deletions older than the configured retention ({@code tombstoneDays}), as the
     * daily housekeeping does: desktops that had not synced since load everything again, and remove
     * what the server no longer has. Gives back how many deletions were forgotten.
     *
     * @since 1.1
     */
    int forgetOldDeletions();
}
