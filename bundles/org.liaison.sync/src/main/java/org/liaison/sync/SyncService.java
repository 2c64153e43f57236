package org.liaison.sync;

import java.net.URI;
import java.util.List;

import org.liaison.sync.protocol.ConflictList.Conflict;

/** The desktop's link to its server. */
public interface SyncService {

    /**
     * Connects to a server for the first time, without signing in: returns the fingerprint of the
     * certificate it presents, for a person to compare with the one the server printed.
     */
    String fingerprintOf(URI server);

    /**
     * Signs in and remembers the server with the confirmed certificate fingerprint: from then on a
     * server presenting another certificate is refused. The password is not kept.
     */
    void connect(URI server, String confirmedFingerprint, String account, char[] password, String deviceName);

    /** Signs in again (after the sign-in expired or was revoked) with the remembered server and account. */
    void signIn(char[] password);

    /** Forgets the server: the desktop works alone again, with all its data. */
    void disconnect();

    /** Pushes local changes and pulls the server's now, in the calling thread. */
    SyncReport syncNow();

    SyncStatus status();

    /** Conflicts recorded by the server after the one with id {@code after}, oldest first. */
    List<Conflict> conflicts(long after);

    /**
     * Puts back a value that lost a conflict, as a new local edit that syncs like any other.
     */
    void restore(Conflict conflict);
}
