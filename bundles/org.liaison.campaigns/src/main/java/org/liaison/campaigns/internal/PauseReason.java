package org.liaison.campaigns.internal;

/**
 * Why sending paused by itself, kept as {@code code: detail} in the campaign's status reason so
 * that each desktop shows it in its own language.
 */
enum PauseReason {
    NO_MAIL_SERVER, NO_TRANSPORT, AUTHENTICATION, CONNECTION,
    /** The server took the campaign of a desktop connected to it, and has no mail server set up. */
    SERVER_NO_MAIL_SERVER;

    String with(String detail) {
        return name() + (detail == null || detail.isBlank() ? "" : ": " + detail);
    }
}
