package org.liaison.meetings.ui.internal;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.liaison.meetings.Meeting;

import jakarta.inject.Named;

/** Opens the chosen meeting's form (read again, so that it shows what sync brought since). */
public class OpenMeetingHandler {

    static Meeting meeting(Object selection, MeetingsServices services) {
        if (selection instanceof Meeting meeting) {
            return meeting;
        }
        if (selection instanceof CheckInPart.Row row) {
            return row.event();
        }
        if (selection instanceof TaskSelection tasks && tasks.tasks().size() == 1 && tasks.tasks().get(0).meetingId() != null) {
            return services.meetings().find(tasks.tasks().get(0).meetingId()).orElse(null);
        }
        return null;
    }

    @CanExecute
    public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        return selection instanceof Meeting || selection instanceof CheckInPart.Row
                || selection instanceof TaskSelection tasks && tasks.tasks().size() == 1 && tasks.tasks().get(0).meetingId() != null;
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SELECTION) Object selection, Shell shell, @Service MeetingsServices services,
            @Named(TranslationService.LOCALE) Object locale, EPartService parts) {
        Meeting chosen = meeting(selection, services);
        Meeting current = chosen == null ? null : services.meetings().find(chosen.id()).orElse(null);
        if (current != null && new MeetingDialog(shell, services, MeetingsTexts.in(locale), current).open() == Window.OK) {
            Views.refreshCalendar(parts);
        }
    }
}
