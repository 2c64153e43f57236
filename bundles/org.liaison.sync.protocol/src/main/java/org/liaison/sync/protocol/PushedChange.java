package org.liaison.sync.protocol;

import java.util.Map;
import java.util.UUID;

/**
 * One captured change of a desktop's outbox.
 *
 * @param seq the device's operation number: increasing, gaps allowed
 * @param table a synced table
 * @param row the row's id
 * @param op {@code I}nsert, {@code U}pdate or {@code D}elete
 * @param stamp the hybrid logical clock reading of the change (packed)
 * @param fields the values written (none for a delete)
 */
public record PushedChange(long seq, String table, UUID row, String op, long stamp, Map<String, Object> fields) {
}
