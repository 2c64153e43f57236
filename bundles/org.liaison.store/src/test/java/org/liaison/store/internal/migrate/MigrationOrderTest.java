package org.liaison.store.internal.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class MigrationOrderTest {

    private static MigrationSource source(String owner, String... requires) {
        return new MigrationSource(owner, "db/changelog.sql", path -> null, Set.of(requires));
    }

    private static List<String> owners(List<MigrationSource> sources) {
        return sources.stream().map(MigrationSource::owner).toList();
    }

    @Test
    void aBundleComesAfterWhatItRequires() {
        List<MigrationSource> sorted = MigrationOrder.sort(List.of(
                source("org.example.agency", "org.liaison.contacts", "org.liaison.store"),
                source("org.liaison.contacts", "org.liaison.store", "org.liaison.core"),
                source("org.liaison.meetings", "org.liaison.contacts", "org.liaison.store"),
                source("org.liaison.store", "org.liaison.core", "org.eclipse.osgi")));
        assertEquals(List.of("org.liaison.store", "org.liaison.contacts", "org.example.agency", "org.liaison.meetings"),
                owners(sorted));
    }

    @Test
    void unrelatedBundlesGoByName() {
        assertEquals(List.of("a", "b", "c"), owners(MigrationOrder.sort(List.of(source("c"), source("a"), source("b")))));
    }

    @Test
    void aCycleIsRefusedWithItsMembers() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> MigrationOrder.sort(List.of(source("a", "b"), source("b", "a"), source("c"))));
        assertTrue(e.getMessage().contains("[a, b]"), e.getMessage());
    }

    @Test
    void twoChangelogsForOneBundleAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> MigrationOrder.sort(List.of(source("a"), source("a"))));
    }
}
