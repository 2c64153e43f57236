package org.liaison.sync.internal;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;

import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

import org.liaison.sync.protocol.CertificateFingerprint;

/**
 * Trusts exactly one server certificate, by its SHA-256 fingerprint, whatever host name it was
 * reached by (the fingerprint was confirmed by a person). With no pin it trusts any certificate and
 * only records it: used to show a new server's fingerprint before anything is sent.
 */
final class PinnedTrust extends X509ExtendedTrustManager {

    private final String pinned;
    private volatile String seen;
    private volatile String refused;

    PinnedTrust(String pinned) {
        this.pinned = pinned == null ? null : CertificateFingerprint.normalize(pinned);
    }

    /** The fingerprint of the last certificate the server presented. */
    String seen() {
        return seen;
    }

    /**
     * The fingerprint of the certificate the last handshake refused, or null when the last one was
     * the confirmed certificate: a handshake can also fail for other reasons (a server stopping).
     */
    String refused() {
        return refused;
    }

    private void check(X509Certificate[] chain) throws CertificateException {
        if (chain == null || chain.length == 0) {
            throw new CertificateException("the server presented no certificate");
        }
        String presented = CertificateFingerprint.of(chain[0]);
        seen = presented;
        if (pinned != null && !pinned.equals(presented)) {
            refused = presented;
            throw new CertificateException("the server's certificate changed: expected " + pinned + ", got " + presented);
        }
        refused = null;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        check(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        check(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        check(chain);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("a desktop does not accept connections");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        throw new CertificateException("a desktop does not accept connections");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        throw new CertificateException("a desktop does not accept connections");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
    }
}
