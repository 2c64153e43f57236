package org.liaison.contacts.io;

/** What to do with a row of an import. */
public enum ImportDecision {
    /** A new contact (the choice for rows that match nobody). */
    CREATE,
    /** Fill in and correct the contact the row matches: the row's values win, emails, phones and tags are added. */
    UPDATE,
    /** Leave the row out (the choice for rows that match a known contact or an earlier row). */
    SKIP
}
