package org.liaison.meetings.ui.internal;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.liaison.meetings.Meeting;
import org.liaison.meetings.MeetingKind;

import jakarta.inject.Named;

/** Opens the needs-assessment form of the chosen interview meeting. */
public class InterviewHandler {

    @CanExecute
    public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        return selection instanceof Meeting meeting && meeting.kind() == MeetingKind.NEEDS_ASSESSMENT && !meeting.attendees().isEmpty();
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SELECTION) Meeting meeting, Shell shell, @Service MeetingsServices services,
            @Named(TranslationService.LOCALE) Object locale) {
        new InterviewDialog(shell, services, MeetingsTexts.in(locale), services.meetings().find(meeting.id()).orElse(meeting)).open();
    }
}
