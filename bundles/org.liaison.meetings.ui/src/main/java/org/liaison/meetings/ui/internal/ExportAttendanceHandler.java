package org.liaison.meetings.ui.internal;

import java.nio.file.Path;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.liaison.core.i18n.Messages;
import org.liaison.meetings.Meeting;

import jakarta.inject.Named;

/** Writes the chosen event's attendance list to a CSV file, in the background. */
public class ExportAttendanceHandler {

    @CanExecute
    public boolean canExecute(MPart part) {
        return part.getObject() instanceof CheckInPart view && view.chosenEvent() != null;
    }

    @Execute
    public void execute(MPart part, Shell shell, @Service MeetingsServices services, @Named(TranslationService.LOCALE) Object locale) {
        Messages texts = MeetingsTexts.in(locale);
        Meeting event = ((CheckInPart) part.getObject()).chosenEvent();
        FileDialog files = new FileDialog(shell, SWT.SAVE);
        files.setText(texts.get("attendance.export"));
        files.setFilterExtensions(new String[] {"*.csv"});
        files.setFileName(event.title().replaceAll("[^\\p{L}\\p{N}]+", "-") + ".csv");
        files.setOverwrite(true);
        String chosen = files.open();
        if (chosen != null) {
            FileWrites.write(shell, texts, Path.of(chosen), out -> services.events().exportAttendance(event.id(), out, texts.locale()));
        }
    }
}
