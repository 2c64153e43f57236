package org.liaison.server.internal;

/**
 * Configuration of the HTTPS sync endpoint, under the Config Admin PID
 * {@code org.liaison.server.sync}. The endpoint runs only when this configuration exists (the
 * server application creates it with these defaults).
 */
public @interface SyncServerConfig {

    /** Address to listen on: loopback unless an administrator opens it to the network. */
    String host() default "127.0.0.1";

    /** Port; 0 takes any free one (tests). */
    int port() default 8443;

    /** PKCS#12 file with the server's key and certificate; empty: a self-signed one kept in the data folder. */
    String keystore() default "";

    /** Password of that file (for the generated one, kept beside it, readable only by its owner). */
    String keystorePassword() default "";

    /** Extra host names or addresses written into a generated certificate, comma-separated. */
    String certificateNames() default "";

    /** How long a sign-in lasts, in hours. */
    int tokenHours() default 12;

    /** Largest request body, in kilobytes. */
    int maxBodyKb() default 8192;

    /** Time a request's body may take to arrive, in seconds, besides one second per 64 kB of it. */
    int bodySeconds() default 10;

    /** Connections open at once, at most; further ones wait until one closes. */
    int maxConnections() default 1000;

    /** Seconds a connection may stay silent (longer than a held pull's wait). */
    int idleSeconds() default 60;

    /** Pulls one account may hold waiting for changes at once. */
    int heldPullsPerAccount() default 8;

    /** Pulls all accounts together may hold (each holds a thread of the 256). */
    int heldPulls() default 128;

    /** How long deleted rows are remembered for desktops that were offline, in days. */
    int tombstoneDays() default 90;
}
