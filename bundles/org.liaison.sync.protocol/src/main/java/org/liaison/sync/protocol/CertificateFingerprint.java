package org.liaison.sync.protocol;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.util.HexFormat;
import java.util.Locale;

/** The SHA-256 fingerprint by which staff recognise a server's certificate. */
public final class CertificateFingerprint {

    private CertificateFingerprint() {
    }

    /** Colon-separated upper-case hex pairs, as browsers and {@code keytool} show them. */
    public static String of(Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("cannot fingerprint the certificate: " + e.getMessage(), e);
        }
    }

    /** The same fingerprint whatever case and separators a person typed. */
    public static String normalize(String typed) {
        String hex = typed.replaceAll("[^0-9A-Fa-f]", "").toUpperCase(Locale.ROOT);
        if (hex.length() != 64) {
            throw new IllegalArgumentException("a SHA-256 fingerprint has 64 hex digits, this one " + hex.length());
        }
        return HexFormat.ofDelimiter(":").withUpperCase().formatHex(HexFormat.of().parseHex(hex));
    }
}
