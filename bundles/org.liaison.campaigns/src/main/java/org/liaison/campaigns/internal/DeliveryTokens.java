package org.liaison.campaigns.internal;

import java.util.UUID;

import org.liaison.campaigns.delivery.UnsubscribeTokens;
import org.liaison.store.NetworkKeys;

/**
 * The unsubscribe token of a delivery record: an HMAC of its id under a key of the network
 * ({@link NetworkKeys}, purpose {@link UnsubscribeTokens#KEY_PURPOSE}), so that whichever desktop
 * or server sends the mail again (after a hand-over or a crash) writes into it the token of the
 * mail sent before, whose link then keeps working.
 */
final class DeliveryTokens {

    private final NetworkKeys network;
    private final NodeKeys node;

    DeliveryTokens(NetworkKeys network, NodeKeys node) {
        this.network = network;
        this.node = node;
    }

    /**
     * The token for the delivery whose record keeps {@code storedHash} (null when it has none): the token
     * that hash was made of when this runtime knows its key, else a new one under the network's current key.
     */
    String token(UUID deliveryId, String storedHash) {
        if (storedHash != null) {
            for (NetworkKeys.Key key : network.all(UnsubscribeTokens.KEY_PURPOSE)) {
                String token = NodeKeys.hmac(key.secret(), deliveryId);
                if (UnsubscribeTokens.hash(token).equals(storedHash)) {
                    return token;
                }
            }
            String own = NodeKeys.hmac(node.key(), deliveryId); // a mail sent before tokens were the network's
            if (UnsubscribeTokens.hash(own).equals(storedHash)) {
                return own;
            }
        }
        return NodeKeys.hmac(network.current(UnsubscribeTokens.KEY_PURPOSE).secret(), deliveryId);
    }
}
