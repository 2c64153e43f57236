package org.liaison.core.network;

/**
 * Where this runtime stands in the network, for work that only one place may do (such as sending
 * a campaign). The server registers one that says {@link Kind#SERVER}; a desktop's sync client one
 * that follows its connection. A runtime without this service works alone.
 */
public interface NetworkPlace {

    /** The places a runtime can stand in. */
    enum Kind {
        /** The network's server. */
        SERVER,
        /** A desktop connected to a server, whether the server can be reached at the moment or not. */
        CONNECTED_DESKTOP,
        /** A desktop working alone. */
        ALONE
    }

    Kind kind();

    /**
     * Whether this runtime's changes reach the server: a connected desktop whose account may only
     * read keeps them. True where there is no server to reach, and on the server itself.
     *
     * @since 1.1
     */
    default boolean changesReachServer() {
        return true;
    }
}
