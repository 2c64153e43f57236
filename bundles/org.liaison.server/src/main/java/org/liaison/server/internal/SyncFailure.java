package org.liaison.server.internal;

/** A request the server answers with an error status and a {@link org.liaison.sync.protocol.Problem}. */
final class SyncFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    final int status;
    final String error;

    SyncFailure(int status, String error, String message) {
        super(message);
        this.status = status;
        this.error = error;
    }

    static SyncFailure malformed(String message) {
        return new SyncFailure(400, "malformed", message);
    }
}
