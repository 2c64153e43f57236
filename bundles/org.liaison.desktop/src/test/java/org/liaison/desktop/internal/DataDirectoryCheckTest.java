package org.liaison.desktop.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaison.core.i18n.Messages;

class DataDirectoryCheckTest {

    @TempDir
    Path temp;

    private final Messages en = DesktopTexts.in(Locale.ENGLISH);
    private final Messages fr = DesktopTexts.in(Locale.FRENCH);

    @Test
    void anExistingOrCreatableFolderIsFine() {
        assertEquals(Optional.empty(), DataDirectoryCheck.problem(temp.toString(), en));
        assertEquals(Optional.empty(), DataDirectoryCheck.problem(temp.resolve("new/deeper").toString(), en));
    }

    @Test
    void badFoldersAreRefusedWithTheReason() throws IOException {
        Path file = Files.writeString(temp.resolve("notes.txt"), "x");
        assertEquals(Optional.of("Choose a data folder."), DataDirectoryCheck.problem("  ", en));
        assertTrue(DataDirectoryCheck.problem("relative/data", en).orElseThrow().startsWith("The data folder must be a full path"));
        assertEquals(Optional.of(file + " exists but is not a folder."), DataDirectoryCheck.problem(file.toString(), en));
        assertTrue(DataDirectoryCheck.problem(file.resolve("data").toString(), fr).orElseThrow().startsWith("Liaison ne peut pas créer"));
    }
}
