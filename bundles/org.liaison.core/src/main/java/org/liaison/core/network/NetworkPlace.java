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
}
