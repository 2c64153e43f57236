package org.liaison.meetings.ui.internal;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.liaison.core.i18n.Messages;
import org.liaison.meetings.Meeting;

import jakarta.inject.Named;

/** Writes the chosen meeting, or every meeting the calendar shows, to an iCalendar (.ics) file. */
public class ExportCalendarHandler {

    @CanExecute
    public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection, EPartService parts) {
        var calendar = parts.findPart(MeetingsUi.CALENDAR_PART);
        return selection instanceof Meeting || calendar != null && calendar.getObject() instanceof CalendarPart view && !view.shown().isEmpty();
    }

    @Execute
    public void execute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection, Shell shell, @Service MeetingsServices services,
            @Named(TranslationService.LOCALE) Object locale, MApplication application, EModelService models, EPartService parts) {
        Messages texts = MeetingsTexts.in(locale);
        List<Meeting> meetings = selection instanceof Meeting meeting ? List.of(meeting)
                : ((CalendarPart) Views.show(MeetingsUi.CALENDAR_PART, application, models, parts)).shown();
        FileDialog files = new FileDialog(shell, SWT.SAVE);
        files.setText(texts.get("calendar.export"));
        files.setFilterExtensions(new String[] {"*.ics"});
        files.setFileName(meetings.size() == 1 ? meetings.get(0).title().replaceAll("[^\\p{L}\\p{N}]+", "-") + ".ics" : "meetings.ics");
        files.setOverwrite(true);
        String chosen = files.open();
        if (chosen != null) {
            FileWrites.write(shell, texts, Path.of(chosen), out -> services.calendars().export(meetings, out));
        }
    }
}
