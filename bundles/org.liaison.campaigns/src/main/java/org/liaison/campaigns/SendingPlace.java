package org.liaison.campaigns;

/**
 * Which runtime sends a campaign, as seen from the one asking: the server sends the campaigns
 * started on desktops connected to it, a desktop working alone its own.
 *
 * @since 1.1
 */
public enum SendingPlace {
    /** Nobody: not started yet (whoever starts it decides), or recorded as sent elsewhere (the demo's). */
    NOBODY,
    /** This runtime. */
    HERE,
    /** The network's server. */
    SERVER,
    /** Another desktop, which started or resumed it while working alone. */
    ANOTHER_DESKTOP
}
