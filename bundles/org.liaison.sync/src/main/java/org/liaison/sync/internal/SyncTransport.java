package org.liaison.sync.internal;

import org.liaison.sync.protocol.Checksums;
import org.liaison.sync.protocol.ConflictList;
import org.liaison.sync.protocol.KeyRing;
import org.liaison.sync.protocol.LoginRequest;
import org.liaison.sync.protocol.LoginResponse;
import org.liaison.sync.protocol.PullResponse;
import org.liaison.sync.protocol.PushRequest;
import org.liaison.sync.protocol.PushResponse;

/** The calls of the sync protocol to one server; failures are {@link org.liaison.sync.SyncException}s. */
interface SyncTransport {

    LoginResponse login(LoginRequest request);

    PushResponse push(String token, PushRequest request);

    default PullResponse pull(String token, long after, int limit, long upTo) {
        return pull(token, after, limit, upTo, 0);
    }

    /** With {@code waitSeconds} above 0, the server holds an empty answer until something changes or the time is up. */
    PullResponse pull(String token, long after, int limit, long upTo, int waitSeconds);

    ConflictList conflicts(String token, long after, int limit);

    Checksums checksums(String token);

    /** Registers a new device for the token's account, the token moving to it (a desktop restored or copied). */
    LoginResponse newDevice(String token);

    /** Sends this desktop's network keys and returns the network's. */
    KeyRing keys(String token, KeyRing mine);

    /** The rows of one table after {@code after}, up to {@code upTo} (a table loaded again). */
    PullResponse pullTable(String token, String table, long after, int limit, long upTo);
}
