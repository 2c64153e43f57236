package org.liaison.campaigns.delivery;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The unsubscribe tokens mails carry: unguessable (an HMAC of the delivery record under the
 * sending node's key), stored only as their SHA-256, which is what an unsubscribe request is
 * looked up by, on a desktop or on the server.
 */
public final class UnsubscribeTokens {

    /**
     * The purpose of the network's keys ({@code org.liaison.store.NetworkKeys}) tokens are made under, by
     * every sender of the network: a mail sent again by another sender carries the token of the one before.
     */
    public static final String KEY_PURPOSE = "unsubscribe";

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{20,100}");

    private UnsubscribeTokens() {
    }

    /** Whether {@code text} has the form of a token (so that it may be looked up, or shown back). */
    public static boolean wellFormed(String text) {
        return text != null && TOKEN.matcher(text).matches();
    }

    /** The SHA-256 of the token, in hexadecimal, as delivery records keep it. */
    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
