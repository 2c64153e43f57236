package org.liaison.campaigns.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * This database's sending identity, and the unsubscribe key its mails had before their tokens were
 * made under the network's key ({@link DeliveryTokens}), kept beside it in an owner-only file.
 * An unsubscribe token is an HMAC of the delivery record's id under a key: it cannot be guessed
 * or turned into another recipient's; only its SHA-256 is stored (and synced), which is what the
 * unsubscribe page looks up.
 */
final class NodeKeys {

    private final String node;
    private final byte[] key;

    private NodeKeys(String node, byte[] key) {
        this.node = node;
        this.key = key;
    }

    static NodeKeys load(PrivateFile file) {
        Properties properties = file.read();
        String node = properties.getProperty("node");
        String key = properties.getProperty("unsubscribe.key");
        if (node == null || key == null) {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            node = UUID.randomUUID().toString();
            key = Base64.getEncoder().encodeToString(fresh);
            properties.setProperty("node", node);
            properties.setProperty("unsubscribe.key", key);
            file.write(properties);
        }
        return new NodeKeys(node, Base64.getDecoder().decode(key));
    }

    String node() {
        return node;
    }

    /** The unsubscribe key of this database's mails sent before tokens were made under the network's key. */
    byte[] key() {
        return key.clone();
    }

    /** An unsubscribe token: the HMAC of the delivery record's id under {@code key}, URL-safe. */
    static String hmac(byte[] key, UUID deliveryId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(deliveryId.toString().getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
