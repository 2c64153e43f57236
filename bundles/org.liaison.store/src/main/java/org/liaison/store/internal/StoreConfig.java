package org.liaison.store.internal;

/**
 * Configuration of the store, under the Config Admin PID {@code org.liaison.store}. Every
 * property has a default: with no configuration the store opens the file database in the user's
 * data folder.
 */
public @interface StoreConfig {

    /** {@code file} (the default) or {@code memory} (for tests and benchmarks). */
    String mode() default "file";

    /** Folder of the database file; empty means the user's data folder from their settings. */
    String directory() default "";

    /** Name of the database (the file name without extension). */
    String name() default "liaison";

    /** Most connections open at once. */
    int poolSize() default 8;

    /** Memory for the database's page cache, in megabytes: 100,000 contacts with their search index want 64. */
    int cacheSizeMb() default 64;

    /** Password of the database owner; required when the TCP server is on. */
    String password() default "";

    /** Serves the database to other processes over TCP (a central database). Off by default. */
    boolean tcpServer() default false;

    /** Address the TCP server listens on: loopback unless an administrator says otherwise. */
    String tcpBindAddress() default "127.0.0.1";

    /** Port of the TCP server. */
    int tcpPort() default 9092;

    /**
     * Password of the read-only user {@code REPORTING} for reporting tools connecting over TCP; empty
     * (the default) means no such user. Needs the TCP server.
     */
    String reportingPassword() default "";
}
