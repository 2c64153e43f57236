package org.liaison.sync.internal;

import org.liaison.sync.SyncException;

/** The server no longer holds the changes after this desktop's cursor: everything must be loaded again. */
final class MustRefetch extends SyncException {

    private static final long serialVersionUID = 1L;

    MustRefetch(String message) {
        super(Kind.REFUSED, message);
    }
}
