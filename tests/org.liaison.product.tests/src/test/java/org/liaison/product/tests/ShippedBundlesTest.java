package org.liaison.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What people install holds no benchmark: those live in the bench product that only ./liaison bench uses. */
class ShippedBundlesTest {

    @ParameterizedTest(name = "the {0} product ships no benchmark")
    @ValueSource(strings = { "liaison.server.product", "liaison.desktop.product" })
    void noBenchmarkShips(String product) throws IOException {
        Path plugins = Path.of(System.getProperty(product)).resolve("plugins");
        List<String> bundles;
        try (Stream<Path> files = Files.list(plugins)) {
            bundles = files.map(p -> p.getFileName().toString()).toList();
        }
        assertFalse(bundles.isEmpty(), "the product was materialized in " + plugins);
        assertEquals(List.of(), bundles.stream().filter(b -> b.matches("org\\.liaison\\.(.+\\.)?bench(_.*)?")).toList());
        String configuration = Files.readString(plugins.getParent().resolve("configuration/config.ini"));
        assertFalse(configuration.matches("(?s).*org\\.liaison\\.(\\w+\\.)?bench[@,_].*"), "no benchmark is started either");
    }

    @Test
    void theServerCarriesNoDesktopSyncClient() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("liaison.server.product")).resolve("plugins"))) {
            assertEquals(List.of(), files.map(p -> p.getFileName().toString()).filter(b -> b.startsWith("org.liaison.sync_")).toList(),
                    "the server answers desktops; it does not sync with a server of its own");
        }
    }
}
