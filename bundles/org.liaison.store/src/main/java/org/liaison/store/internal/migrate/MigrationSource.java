package org.liaison.store.internal.migrate;

import java.net.URL;
import java.util.Set;
import java.util.function.Function;

/**
 * One bundle's changelog.
 *
 * @param owner the bundle's symbolic name; also the folder its changelog appears under for
 *        Liquibase, so that two bundles may both ship {@code db/changelog.sql}
 * @param changelog path of the changelog inside the bundle
 * @param entries finds a file of the bundle by path, or gives {@code null}
 * @param requires owners of changelogs that must be applied first
 */
public record MigrationSource(String owner, String changelog, Function<String, URL> entries, Set<String> requires) {

    /** The changelog's path as Liquibase records it: {@code owner/changelog}. */
    public String logicalPath() {
        return owner + "/" + changelog;
    }
}
