package org.liaison.sync.protocol;

import java.util.List;
import java.util.UUID;

/** Edits that lost to another, newest last. */
public record ConflictList(List<Conflict> conflicts) {

    /**
     * @param id increasing
     * @param table the synced table
     * @param row the row
     * @param column the field
     * @param keptValue the value that won
     * @param keptBy the account that wrote it
     * @param lostValue the value that lost (kept here so that staff can restore it)
     * @param lostBy the account that wrote it
     * @param at when the server saw the conflict, epoch milliseconds
     */
    public record Conflict(long id, String table, UUID row, String column, Object keptValue, String keptBy,
            Object lostValue, String lostBy, long at) {
    }
}
