package org.liaison.sync.protocol;

import java.util.Map;

/**
 * The network keys a desktop or the server knows (see {@code org.liaison.store.NetworkKeys}), sent
 * to {@link SyncProtocol#KEYS}: the desktop sends its own, the server answers with the network's.
 *
 * @param keys by purpose, each key's secret (Base64) by its id
 * @param current by purpose, the id of the key new values are protected with
 */
public record KeyRing(Map<String, Map<String, String>> keys, Map<String, String> current) {
}
