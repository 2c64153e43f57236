package org.liaison.contacts;

/** Size of an organisation by head count, in the EU bands. */
public enum SizeBand {
    /** Fewer than 10 people. */
    MICRO,
    /** 10 to 49. */
    SMALL,
    /** 50 to 249. */
    MEDIUM,
    /** 250 or more. */
    LARGE
}
