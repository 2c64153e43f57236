package org.liaison.meetings.ui.internal;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Shell;
import org.liaison.core.i18n.Messages;
import org.liaison.meetings.Meeting;
import org.liaison.ui.Dialogs;

import jakarta.inject.Named;

/** Deletes the chosen meeting with its notes, follow-ups and registrations, once asked. */
public class DeleteMeetingHandler {

    @CanExecute
    public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        return selection instanceof Meeting;
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SELECTION) Meeting meeting, Shell shell, @Service MeetingsServices services,
            @Named(TranslationService.LOCALE) Object locale, EPartService parts) {
        Messages texts = MeetingsTexts.in(locale);
        if (Dialogs.confirm(shell, texts.locale(), texts.get("delete.title"), texts.get("delete.question", meeting.title()))) {
            services.meetings().delete(meeting.id());
            Views.refreshCalendar(parts);
        }
    }
}
