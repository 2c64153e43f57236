package org.liaison.meetings.ui.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Shell;
import org.liaison.core.i18n.Messages;
import org.liaison.ui.Dialogs;

/** Files the meeting views write (calendars, attendance lists), written off the UI thread. */
final class FileWrites {

    private FileWrites() {
    }

    /** Something written to a file. */
    interface Content {
        void write(Writer out) throws IOException;
    }

    /** Writes {@code content} to {@code file} in a background job; a failure is said in a dialog and detailed in the log. */
    static void write(Shell shell, Messages texts, Path file, Content content) {
        Job.create(texts.get("job.export", file.getFileName()), monitor -> {
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                content.write(out);
                return Status.OK_STATUS;
            } catch (IOException | RuntimeException e) {
                System.getLogger(FileWrites.class.getName()).log(System.Logger.Level.ERROR, "Writing " + file + " failed", e);
                shell.getDisplay().asyncExec(() -> Dialogs.error(shell, texts.locale(), texts.get("export.failed.title"),
                        texts.get("export.failed", file)));
                return Status.OK_STATUS;
            }
        }).schedule();
    }
}
