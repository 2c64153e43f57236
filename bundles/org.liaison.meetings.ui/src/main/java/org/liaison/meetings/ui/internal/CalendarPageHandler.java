package org.liaison.meetings.ui.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

import jakarta.inject.Named;

/** The calendar's page: a week or a month ({@code view}), one back or forward or today ({@code step}: -1, 1, 0). */
public class CalendarPageHandler {

    @Execute
    public void execute(@Optional @Named(MeetingsUi.VIEW_PARAMETER) String view, @Optional @Named(MeetingsUi.STEP_PARAMETER) String step,
            MApplication application, EModelService models, EPartService parts) {
        if (Views.show(MeetingsUi.CALENDAR_PART, application, models, parts) instanceof CalendarPart calendar) {
            if (view != null) {
                calendar.show(CalendarSheet.Mode.valueOf(view));
            }
            if (step != null) {
                calendar.turn(Integer.parseInt(step));
            }
        }
    }
}
