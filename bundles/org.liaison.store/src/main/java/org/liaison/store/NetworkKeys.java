package org.liaison.store;

import java.util.List;
import java.util.Map;

/**
 * Secrets that the desktops and the server of a network share, kept beside the database and never
 * in it: a copy of the database alone does not hold them (the key of the hashes of erased people's
 * addresses, say). Each purpose has the keys this database made or learnt from the network, one of
 * them current; sync hands them around.
 */
public interface NetworkKeys {

    /** A key: its id (stored beside what it protects) and its secret bytes. */
    record Key(String id, byte[] secret) {
    }

    /** The key new values of {@code purpose} are protected with: the network's once learnt, else one made here on first use. */
    Key current(String purpose);

    /** Every key known for {@code purpose}, the current one first. */
    List<Key> all(String purpose);

    /** Every purpose with all its keys, the current one first. */
    Map<String, List<Key>> ring();

    /** The id of the current key of each purpose that has one. */
    Map<String, String> currents();

    /**
     * Keeps {@code keys} learnt from the network for {@code purpose}; {@code currentId}, when not
     * null and among the known keys, becomes the current one.
     *
     * @throws IllegalArgumentException for an id or purpose that is not 1 to 40 letters, digits or '-', or a
     *         secret shorter than 16 bytes
     */
    void learn(String purpose, List<Key> keys, String currentId);
}
