package org.liaison.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrivateFoldersTest {

    @TempDir
    Path temp;

    @Test
    void everyFolderMadeIsItsOwnersAloneAndOneThatExistsIsLeftAsItIs() throws IOException {
        assumeTrue(temp.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Path existing = Files.createDirectory(temp.resolve("shared"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwxr-x---")));
        Path deep = PrivateFolders.create(existing.resolve("liaison").resolve("data"));
        assertEquals(PosixFilePermissions.fromString("rwx------"), Files.getPosixFilePermissions(deep));
        assertEquals(PosixFilePermissions.fromString("rwx------"), Files.getPosixFilePermissions(deep.getParent()));
        assertEquals(PosixFilePermissions.fromString("rwxr-x---"), Files.getPosixFilePermissions(existing));
        assertEquals(deep, PrivateFolders.create(deep), "made once, found after");
    }
}
