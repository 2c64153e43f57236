package org.liaison.contacts;

/** The barriers to networking the field study found. */
public enum BarrierKind {
    /** Distance, language, geography. */
    GEO_DEMOGRAPHIC,
    /** The person's or the organisation's own situation. */
    PERSONAL_ORGANISATIONAL,
    /** Reasons not said out loud. */
    VEILED
}
