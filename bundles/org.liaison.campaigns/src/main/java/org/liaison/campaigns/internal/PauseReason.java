package org.liaison.campaigns.internal;

/**
 * Why sending paused by itself, kept as {@code code: detail} in the campaign's status reason so
 * that each desktop shows it in its own language.
 */
enum PauseReason {
    NO_MAIL_SERVER, NO_TRANSPORT, AUTHENTICATION, CONNECTION;

    String with(String detail) {
        return name() + (detail == null || detail.isBlank() ? "" : ": " + detail);
    }
}
