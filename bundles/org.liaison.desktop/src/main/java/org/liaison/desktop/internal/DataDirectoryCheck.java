package org.liaison.desktop.internal;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

import org.liaison.core.i18n.Messages;

/** Whether a folder can hold Liaison's data, with the reason in the reader's language when not. */
public final class DataDirectoryCheck {

    private DataDirectoryCheck() {
    }

    public static Optional<String> problem(String text, Messages texts) {
        if (text == null || text.isBlank()) {
            return Optional.of(texts.get("dir.empty"));
        }
        Path path;
        try {
            path = Path.of(text.trim());
        } catch (InvalidPathException e) {
            return Optional.of(texts.get("dir.relative", Path.of(System.getProperty("user.home"), "Liaison")));
        }
        if (!path.isAbsolute()) {
            return Optional.of(texts.get("dir.relative", Path.of(System.getProperty("user.home"), "Liaison")));
        }
        if (Files.exists(path)) {
            if (!Files.isDirectory(path)) {
                return Optional.of(texts.get("dir.notFolder", path));
            }
            return Files.isWritable(path) ? Optional.empty() : Optional.of(texts.get("dir.notWritable", path));
        }
        Path existing = path.getParent();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        boolean creatable = existing != null && Files.isDirectory(existing) && Files.isWritable(existing);
        return creatable ? Optional.empty() : Optional.of(texts.get("dir.parentNotWritable", path));
    }
}
