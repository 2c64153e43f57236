package org.liaison.server.internal;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.liaison.campaigns.delivery.UnsubscribeTokens;
import org.liaison.store.NetworkKeys;
import org.liaison.sync.protocol.KeyRing;

/**
 * The server's side of {@code /sync/keys}: it keeps the keys desktops made while they worked alone,
 * so that every desktop can read what those protect, and hands out the network's. The first key a
 * purpose gets becomes the network's current one.
 */
final class NetworkKeyExchange {

    /** Purposes, and keys of one purpose, the server keeps at most: each key costs every lookup a hash. */
    static final int MAX_PURPOSES = 8;
    static final int MAX_KEYS = 64;
    /**
     * Purposes whose keys let their holder act, not only recognise: an unsubscribe token made with one
     * withdraws a recipient's consent. An account that may only read does not get them.
     */
    static final Set<String> FOR_WRITERS = Set.of(UnsubscribeTokens.KEY_PURPOSE);
    private static final System.Logger LOG = System.getLogger(NetworkKeyExchange.class.getName());

    private final NetworkKeys keys;

    NetworkKeyExchange(NetworkKeys keys) {
        this.keys = keys;
    }

    /** @param mayAdd whether the caller's keys are kept (an account that may write); others only learn the network's */
    synchronized KeyRing exchange(KeyRing sent, boolean mayAdd) {
        Map<String, Map<String, String>> offered = sent.keys() == null || !mayAdd ? Map.of() : sent.keys();
        Map<String, String> currents = sent.current() == null ? Map.of() : sent.current();
        Map<String, List<NetworkKeys.Key>> known = keys.ring();
        for (Map.Entry<String, Map<String, String>> purpose : offered.entrySet()) {
            List<NetworkKeys.Key> learnt = new ArrayList<>();
            for (Map.Entry<String, String> key : purpose.getValue().entrySet()) {
                try {
                    learnt.add(new NetworkKeys.Key(key.getKey(), Base64.getDecoder().decode(key.getValue())));
                } catch (IllegalArgumentException | NullPointerException e) {
                    throw SyncFailure.malformed("the key " + key.getKey() + " of " + purpose.getKey() + " is not Base64");
                }
            }
            List<NetworkKeys.Key> already = known.getOrDefault(purpose.getKey(), List.of());
            long added = learnt.stream().filter(k -> already.stream().noneMatch(a -> a.id().equals(k.id()))).count();
            boolean newPurpose = already.isEmpty() && added > 0;
            if (newPurpose && known.size() >= MAX_PURPOSES || already.size() + added > MAX_KEYS) {
                // the desktop still learns the network's keys: refusing the exchange would stop its sync
                LOG.log(System.Logger.Level.WARNING, "Keys offered for {0} not kept: the server keeps at most {1} purposes of {2} keys",
                        purpose.getKey(), MAX_PURPOSES, MAX_KEYS);
                continue;
            }
            try {
                keys.learn(purpose.getKey(), learnt, already.isEmpty() ? currents.get(purpose.getKey()) : null);
            } catch (IllegalArgumentException e) {
                throw SyncFailure.malformed(e.getMessage());
            }
        }
        Map<String, Map<String, String>> ring = new LinkedHashMap<>();
        keys.ring().forEach((purpose, all) -> {
            if (!mayAdd && FOR_WRITERS.contains(purpose)) {
                return;
            }
            Map<String, String> secrets = new LinkedHashMap<>();
            all.forEach(key -> secrets.put(key.id(), Base64.getEncoder().encodeToString(key.secret())));
            ring.put(purpose, secrets);
        });
        Map<String, String> currentIds = new LinkedHashMap<>(keys.currents());
        currentIds.keySet().retainAll(ring.keySet());
        return new KeyRing(ring, currentIds);
    }
}
