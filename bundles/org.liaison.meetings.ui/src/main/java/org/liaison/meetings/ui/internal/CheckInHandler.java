package org.liaison.meetings.ui.internal;

import java.time.Instant;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

import jakarta.inject.Named;

/** Checks in the chosen registration: someone within the places, not checked in yet. */
public class CheckInHandler {

    @CanExecute
    public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        return selection instanceof CheckInPart.Row row && !row.registration().waiting() && row.registration().attendee().checkedInAt() == null;
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SELECTION) CheckInPart.Row row, @Service MeetingsServices services,
            @Named(TranslationService.LOCALE) Object locale, MApplication application, EModelService models, EPartService parts) {
        services.events().checkIn(row.event().id(), row.registration().attendee().contactId(), Instant.now(),
                MeetingsTexts.in(locale).locale());
        if (Views.show(MeetingsUi.CHECK_IN_PART, application, models, parts) instanceof CheckInPart view) {
            view.show(row.event());
        }
    }
}
