package org.liaison.store;

import java.nio.file.Path;

import org.liaison.core.clock.HybridLogicalClock;

/**
 * Opens databases besides the process's own {@link Store}, migrated with the same bundles'
 * changelogs and with their own change capture: for tools and tests that play several nodes in
 * one process (a sync server and its desktops). Registered with the {@link Store}.
 */
public interface StoreFactory {

    /** A new in-memory database called {@code name} (gone when closed), stamping with {@code clock}. */
    OpenStore openInMemory(String name, HybridLogicalClock clock);

    /** The file database {@code name} in {@code directory}, created when missing. */
    OpenStore openFile(Path directory, String name, HybridLogicalClock clock);
}
