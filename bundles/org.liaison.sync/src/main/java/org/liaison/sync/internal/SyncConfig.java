package org.liaison.sync.internal;

/** Configuration of desktop sync, under the Config Admin PID {@code org.liaison.sync}. */
public @interface SyncConfig {

    /** How often to sync when nothing changed here, in seconds. */
    int intervalSeconds() default 60;

    /** How soon after a local edit to push it, in seconds. */
    int afterEditSeconds() default 1;
}
