package org.liaison.sync;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;

/**
 * Where sync stands.
 *
 * @param server the server this desktop syncs with; empty when it works alone
 * @param account the account it signs in as
 * @param running whether a sync is under way
 * @param lastSync when the last complete sync ended
 * @param pending local changes not yet on the server
 * @param problem why the last attempt failed, when it did
 * @param signInNeeded whether the sign-in expired or was revoked
 * @param received rows received from the server so far by the sync under way (0 when none is): a
 *        new desktop's first sync brings the whole base, page after page
 * @param newDevice when this desktop found it was restored from a backup or copied to another
 *        computer, and carried on as a new device, sending its waiting changes again (since 1.3)
 */
public record SyncStatus(Optional<URI> server, String account, boolean running, Optional<Instant> lastSync, long pending,
        Optional<SyncStatus.Problem> problem, boolean signInNeeded, long received, Optional<Instant> newDevice) {

    /** Where sync stands, this desktop never having carried on as a new device. */
    public SyncStatus(Optional<URI> server, String account, boolean running, Optional<Instant> lastSync, long pending,
            Optional<SyncStatus.Problem> problem, boolean signInNeeded, long received) {
        this(server, account, running, lastSync, pending, problem, signInNeeded, received, Optional.empty());
    }

    /** Where sync stands, nothing being received. */
    public SyncStatus(Optional<URI> server, String account, boolean running, Optional<Instant> lastSync, long pending,
            Optional<SyncStatus.Problem> problem, boolean signInNeeded) {
        this(server, account, running, lastSync, pending, problem, signInNeeded, 0);
    }

    /**
     * A failed attempt: its kind, which a desktop says in its reader's language, and the detail.
     *
     * @since 1.1
     */
    public record Problem(SyncException.Kind kind, String detail) {
    }
}
