package org.liaison.sync;

/** Why a sync or a connection did not succeed. The message says it for people. */
public class SyncException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Kind {
        /** The server cannot be reached (network, server down, timeout): try again later. */
        UNREACHABLE,
        /** The server presented another certificate than the one confirmed: refused. */
        CERTIFICATE_CHANGED,
        /** Wrong password, or the sign-in expired or was revoked: sign in again. */
        UNAUTHORIZED,
        /** The account may not do this (a read-only account pushing). */
        FORBIDDEN,
        /** The server and this desktop do not speak the same protocol version. */
        UNSUPPORTED,
        /** The server refused the request or failed. */
        REFUSED
    }

    private final Kind kind;

    public SyncException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public SyncException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
