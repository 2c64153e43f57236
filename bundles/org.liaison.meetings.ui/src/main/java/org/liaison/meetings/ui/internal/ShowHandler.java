package org.liaison.meetings.ui.internal;

import java.util.UUID;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

import jakarta.inject.Named;

/** What Today cards and search results open: a meeting in its week, my follow-ups, or the calendar. */
public class ShowHandler {

    @Execute
    public void execute(@Optional @Named(MeetingsUi.MEETING_PARAMETER) String meeting, @Optional @Named(MeetingsUi.TASKS_PARAMETER) String tasks,
            @Service MeetingsServices services, MApplication application, EModelService models, EPartService parts) {
        if (tasks != null && Views.show(MeetingsUi.FOLLOW_UPS_PART, application, models, parts) instanceof FollowUpsPart view) {
            view.refresh();
        } else if (Views.show(MeetingsUi.CALENDAR_PART, application, models, parts) instanceof CalendarPart calendar && meeting != null) {
            services.meetings().find(UUID.fromString(meeting)).ifPresent(calendar::show);
        }
    }
}
