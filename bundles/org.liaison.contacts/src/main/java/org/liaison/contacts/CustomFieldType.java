package org.liaison.contacts;

/** The kinds of value a custom field holds; values are stored in a canonical text form. */
public enum CustomFieldType {
    /** Any text up to 2,000 characters. */
    TEXT,
    /** A decimal number, written with a dot ("12.5"); "12,5" is accepted and stored with a dot. */
    NUMBER,
    /** An ISO date, 2026-11-28. */
    DATE,
    /** One of the field's choices. */
    CHOICE,
    /** true or false. */
    BOOLEAN
}
