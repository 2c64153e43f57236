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

    /** How long deleted rows are remembered for desktops that were offline, in days. */
    int tombstoneDays() default 90;
}
