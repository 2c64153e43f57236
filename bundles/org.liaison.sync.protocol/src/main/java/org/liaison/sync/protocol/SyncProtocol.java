package org.liaison.sync.protocol;

/** Constants of the sync protocol. */
public final class SyncProtocol {

    /** The version this build speaks. A server also serves the one before it. */
    public static final int VERSION = 1;

    /** Request header carrying the client's protocol version. */
    public static final String VERSION_HEADER = "Liaison-Sync-Protocol";

    public static final String LOGIN = "/sync/login";
    public static final String PUSH = "/sync/push";
    public static final String PULL = "/sync/pull";
    public static final String CONFLICTS = "/sync/conflicts";
    public static final String CHECKSUMS = "/sync/checksums";
    /**
     * POST (no body needed): registers a new device for the token's account and moves the token to it,
     * answering a {@link LoginResponse}; for a desktop told its push diverged (409 {@code device-diverged}).
     */
    public static final String DEVICE = "/sync/device";
    /** POST a {@link KeyRing}: the server keeps the desktop's keys and answers with the network's. */
    public static final String KEYS = "/sync/keys";

    /** Most changes in one push or one pull page. */
    public static final int MAX_CHANGES = 2_000;

    private SyncProtocol() {
    }

    /** Whether a server speaking {@link #VERSION} serves clients speaking {@code version}. */
    public static boolean served(int version) {
        return version == VERSION || version == VERSION - 1 && version > 0;
    }
}
