package org.liaison.server.internal;

/** A request the server answers with an error status and a {@link org.liaison.sync.protocol.Problem}. */
final class SyncFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    final int status;
    final String error;
    /** For a 429: the seconds to wait before trying again. */
    final long retryAfterSeconds;

    SyncFailure(int status, String error, String message) {
        this(status, error, message, 0);
    }

    private SyncFailure(int status, String error, String message, long retryAfterSeconds) {
        super(message);
        this.status = status;
        this.error = error;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** Too many requests: the client may try again after {@code seconds}. */
    static SyncFailure busy(String message, long seconds) {
        return new SyncFailure(429, "busy", message + ": try again in " + seconds + " s", seconds);
    }

    static SyncFailure malformed(String message) {
        return new SyncFailure(400, "malformed", message);
    }
}
