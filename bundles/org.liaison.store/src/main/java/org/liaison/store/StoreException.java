package org.liaison.store;

/**
 * The database could not be opened, migrated or used. {@link #reason()} tells which kind of
 * trouble it is; the message says what happened and what the person can do, in their language.
 */
public class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What went wrong, for code that reacts differently to each (exit codes, dialogs). */
    public enum Reason {
        /** Another program (often a second Liaison) has the database open. */
        LOCKED,
        /** The database file is damaged. */
        CORRUPT,
        /** The data folder cannot be created or written. */
        UNWRITABLE,
        /** The database was written by a newer version of Liaison or of one of its bundles. */
        NEWER_VERSION,
        /** An applied migration was changed afterwards. */
        CHECKSUM_MISMATCH,
        /** A migration failed; the database was put back as it was before. */
        MIGRATION_FAILED,
        /** The store's configuration is wrong. */
        CONFIGURATION,
        /** A statement failed while the store was in use. */
        SQL
    }

    private final Reason reason;

    public StoreException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public StoreException(Reason reason, String message) {
        this(reason, message, null);
    }

    public Reason reason() {
        return reason;
    }
}
