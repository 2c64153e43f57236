package org.liaison.core.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Folders for data, logs and keys, created readable by their owner only (rwx------) where the file
 * system has POSIX permissions; elsewhere (Windows) a folder under the user's profile is already
 * the user's. Folders that exist are left as their owner set them.
 */
public final class PrivateFolders {

    private static final FileAttribute<Set<PosixFilePermission>> OWNER_ONLY =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"));

    private PrivateFolders() {
    }

    /** Creates {@code folder} and the missing folders above it, each for its owner only; gives it back. */
    public static Path create(Path folder) throws IOException {
        Path absolute = folder.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            return absolute;
        }
        if (!absolute.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return Files.createDirectories(absolute);
        }
        Path parent = absolute.getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            create(parent);
        }
        try {
            return Files.createDirectory(absolute, OWNER_ONLY); // the umask cannot widen what is asked, only narrow it
        } catch (java.nio.file.FileAlreadyExistsException raced) {
            if (Files.isDirectory(absolute)) {
                return absolute; // made meanwhile by another thread or process
            }
            throw raced;
        }
    }
}
