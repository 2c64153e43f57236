package org.liaison.server.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import org.liaison.core.io.PrivateFolders;

/**
 * The server's log: {@code logs/liaison-server.N.log} under the Liaison home, rotated at 10 MB,
 * five files kept. Everything logged through {@code System.Logger} or java.util.logging lands there.
 */
final class LogFiles {

    static final int LIMIT_BYTES = 10 * 1024 * 1024;
    static final int FILES = 5;

    private LogFiles() {
    }

    static Path install(Path home) throws IOException {
        Path folder = PrivateFolders.create(home.resolve("logs"));
        if (System.getProperty("java.util.logging.SimpleFormatter.format") == null) {
            System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tFT%1$tT.%1$tLZ %4$-7s %3$s - %5$s%6$s%n");
        }
        FileHandler file = new FileHandler(folder.resolve("liaison-server.%g.log").toString(), LIMIT_BYTES, FILES, true);
        file.setFormatter(new SimpleFormatter());
        file.setLevel(Level.INFO);
        Logger root = LogManager.getLogManager().getLogger("");
        root.addHandler(file);
        return folder;
    }
}
