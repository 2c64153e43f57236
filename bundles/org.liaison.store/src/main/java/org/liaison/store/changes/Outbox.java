package org.liaison.store.changes;

import java.util.List;

/** Local changes to synced tables waiting to be sent to a sync server. */
public interface Outbox {

    /** Up to {@code limit} captured changes after {@code sequence}, oldest first. */
    List<CapturedChange> after(long sequence, int limit);

    /** Forgets every change up to and including {@code sequence}: the server has them. */
    void acknowledge(long sequence);

    /** How many changes are waiting. */
    long size();
}
