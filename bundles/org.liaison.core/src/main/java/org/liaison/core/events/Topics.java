package org.liaison.core.events;

import java.util.regex.Pattern;

/**
 * Conventions for domain events sent over OSGi EventAdmin.
 *
 * <p>A topic is {@code org/liaison/<area>/<entity>/<ACTION>}, for example
 * {@code org/liaison/contacts/person/UPDATED}. UI parts listen with
 * {@code @UIEventTopic("org/liaison/contacts/*")}. Events carry at least {@link #PROPERTY_ID} (the
 * row's UUID as a string, when the event is about one row).
 */
public final class Topics {

    public static final String ROOT = "org/liaison";

    public static final String CREATED = "CREATED";
    public static final String UPDATED = "UPDATED";
    public static final String DELETED = "DELETED";

    /** Event property: the id of the row concerned. */
    public static final String PROPERTY_ID = "id";
    /** Event property: the table names a committed transaction wrote to. */
    public static final String PROPERTY_TABLES = "tables";
    /** Event property: free text for a person to read. */
    public static final String PROPERTY_MESSAGE = "message";

    /** Sent by the store after a transaction that wrote synced tables committed; carries {@link #PROPERTY_TABLES}. */
    public static final String STORE_COMMITTED = ROOT + "/store/transaction/COMMITTED";
    /** Every event of the store (state changes and commits), for views that show the database. */
    public static final String STORE_ALL = ROOT + "/store/*";
    /** Sent by the store when it opened or failed to open the database. */
    public static final String STORE_STATE = ROOT + "/store/state/CHANGED";
    /**
     * Sent by sync after each attempt (and as one starts), so that what shows the sync state follows.
     *
     * @since 1.1
     */
    public static final String SYNC_STATUS = ROOT + "/sync/status/CHANGED";

    private static final Pattern SEGMENT = Pattern.compile("[a-z][a-z0-9]*");
    private static final Pattern ACTION = Pattern.compile("[A-Z][A-Z_]*");

    private Topics() {
    }

    /** {@code topic("contacts", "person", UPDATED)} gives {@code org/liaison/contacts/person/UPDATED}. */
    public static String topic(String area, String entity, String action) {
        check(SEGMENT, area, "area");
        check(SEGMENT, entity, "entity");
        check(ACTION, action, "action");
        return ROOT + "/" + area + "/" + entity + "/" + action;
    }

    /** The wildcard topic for every event of one area, for listeners. */
    public static String allOf(String area) {
        check(SEGMENT, area, "area");
        return ROOT + "/" + area + "/*";
    }

    private static void check(Pattern pattern, String value, String what) {
        if (value == null || !pattern.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " must match " + pattern + ": " + value);
        }
    }
}
