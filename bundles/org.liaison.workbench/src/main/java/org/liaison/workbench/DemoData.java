package org.liaison.workbench;

/**
 * An area's part of the fictional East Sussex and Upper Normandy network that a demo data folder
 * opens on. The desktop calls every {@code DemoData} once, by rank, when it creates a demo data
 * folder, and never for a real data folder. An area that lands later adds its own (niches,
 * meetings, introductions, campaigns) over the contacts already loaded.
 */
public interface DemoData {

    /** Lower first; contacts are 10, so that later areas can build on them. */
    int rank();

    /**
     * Writes this area's demo records in one transaction (all of them or none), throwing when they
     * cannot be written. Called once per demo folder: a start that stops half way loads again only
     * the areas whose records were not written.
     */
    void load();
}
