package org.liaison.meetings.ui.internal;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.liaison.core.i18n.Messages;
import org.liaison.core.validation.ValidationException;
import org.liaison.meetings.calendar.CalendarImport;
import org.liaison.ui.Dialogs;

import jakarta.inject.Named;

/**
 * Imports an iCalendar file as Outlook or Google Calendar write them: read in the background, the
 * plan shown, then the meetings created in one transaction. A file that cannot be read whole is
 * refused, naming the line and what is wrong, and nothing is created.
 */
public class ImportCalendarHandler {

    @Execute
    public void execute(Shell shell, @Service MeetingsServices services, @Named(TranslationService.LOCALE) Object locale, EPartService parts) {
        Messages texts = MeetingsTexts.in(locale);
        FileDialog files = new FileDialog(shell, SWT.OPEN);
        files.setText(texts.get("import.title"));
        files.setFilterExtensions(new String[] {"*.ics", "*.*"});
        String chosen = files.open();
        if (chosen != null) {
            importFile(Path.of(chosen), shell, services, texts, parts);
        }
    }

    static void importFile(Path file, Shell shell, MeetingsServices services, Messages texts, EPartService parts) {
        Job.create(texts.get("job.import", file.getFileName()), monitor -> {
            try (InputStream in = Files.newInputStream(file)) {
                CalendarImport plan = services.calendars().read(in, services.staff(), texts.locale());
                shell.getDisplay().asyncExec(() -> {
                    if (new ImportPlanDialog(shell, texts, plan, file.getFileName().toString()).open() == Window.OK) {
                        create(plan, shell, services, texts, parts);
                    }
                });
            } catch (ValidationException refused) {
                shell.getDisplay().asyncExec(() -> Dialogs.error(shell, texts.locale(), texts.get("import.title"),
                        texts.get("import.refused", file.getFileName(), ProblemLines.of(refused, texts))));
            } catch (Exception e) {
                System.getLogger(ImportCalendarHandler.class.getName()).log(System.Logger.Level.ERROR, "Reading " + file + " failed", e);
                shell.getDisplay().asyncExec(() -> Dialogs.error(shell, texts.locale(), texts.get("import.title"),
                        texts.get("import.failed", file.getFileName())));
            }
            return Status.OK_STATUS;
        }).schedule();
    }

    private static void create(CalendarImport plan, Shell shell, MeetingsServices services, Messages texts, EPartService parts) {
        Job.create(texts.get("job.importCreate"), monitor -> {
            try {
                int made = services.calendars().create(plan, texts.locale()).size();
                shell.getDisplay().asyncExec(() -> {
                    Views.refreshCalendar(parts);
                    Dialogs.inform(shell, texts.locale(), texts.get("import.title"), texts.get("import.done", made));
                });
            } catch (RuntimeException e) {
                System.getLogger(ImportCalendarHandler.class.getName()).log(System.Logger.Level.ERROR, "Creating the meetings failed", e);
                shell.getDisplay().asyncExec(() -> Dialogs.error(shell, texts.locale(), texts.get("import.title"),
                        texts.get("import.createFailed", e instanceof ValidationException v ? ProblemLines.of(v, texts) : "")));
            }
            return Status.OK_STATUS;
        }).schedule();
    }
}
