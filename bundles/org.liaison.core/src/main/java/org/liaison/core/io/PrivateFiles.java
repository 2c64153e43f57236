package org.liaison.core.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;

/**
 * Properties files that hold secrets (keys, passwords), readable by their owner only and replaced
 * whole: written beside, then moved over the old one, so that a crash never leaves half a file.
 *
 * @since 1.1
 */
public final class PrivateFiles {

    private PrivateFiles() {
    }

    /** Writes {@code properties} to {@code file}, creating its folder for its owner only. */
    public static void write(Path file, Properties properties, String comment) throws IOException {
        PrivateFolders.create(file.getParent());
        Path temporary = file.resolveSibling(file.getFileName() + ".new");
        Files.deleteIfExists(temporary);
        if (temporary.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            properties.store(out, comment);
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
