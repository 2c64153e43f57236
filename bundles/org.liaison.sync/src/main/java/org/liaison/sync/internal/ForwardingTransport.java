package org.liaison.sync.internal;

import org.liaison.sync.protocol.Checksums;
import org.liaison.sync.protocol.ConflictList;
import org.liaison.sync.protocol.KeyRing;
import org.liaison.sync.protocol.LoginRequest;
import org.liaison.sync.protocol.LoginResponse;
import org.liaison.sync.protocol.PullResponse;
import org.liaison.sync.protocol.PushRequest;
import org.liaison.sync.protocol.PushResponse;

/** A transport that passes every call to another: extend it to time or disturb some of them. */
abstract class ForwardingTransport implements SyncTransport {

    protected final SyncTransport real;

    ForwardingTransport(SyncTransport real) {
        this.real = real;
    }

    @Override
    public LoginResponse login(LoginRequest request) {
        return real.login(request);
    }

    @Override
    public PushResponse push(String token, PushRequest request) {
        return real.push(token, request);
    }

    @Override
    public PullResponse pull(String token, long after, int limit, long upTo, int waitSeconds) {
        return real.pull(token, after, limit, upTo, waitSeconds);
    }

    @Override
    public ConflictList conflicts(String token, long after, int limit) {
        return real.conflicts(token, after, limit);
    }

    @Override
    public Checksums checksums(String token) {
        return real.checksums(token);
    }

    @Override
    public PullResponse pullTable(String token, String table, long after, int limit, long upTo) {
        return real.pullTable(token, table, after, limit, upTo);
    }

    @Override
    public KeyRing keys(String token, KeyRing mine) {
        return real.keys(token, mine);
    }

    @Override
    public LoginResponse newDevice(String token) {
        return real.newDevice(token);
    }
}
