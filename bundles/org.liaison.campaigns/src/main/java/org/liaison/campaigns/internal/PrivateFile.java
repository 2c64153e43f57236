package org.liaison.campaigns.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.liaison.core.io.PrivateFiles;

/** A properties file readable by its owner only, replaced whole on each write. */
final class PrivateFile {

    private final Path file;

    PrivateFile(Path file) {
        this.file = file;
    }

    Properties read() {
        Properties properties = new Properties();
        if (Files.exists(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read " + file, e);
            }
        }
        return properties;
    }

    void write(Properties properties) {
        try {
            PrivateFiles.write(file, properties, null);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
    }
}
