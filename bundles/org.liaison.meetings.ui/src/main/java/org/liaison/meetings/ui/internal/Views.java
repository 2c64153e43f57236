package org.liaison.meetings.ui.internal;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.liaison.ui.Areas;

/** Showing the meeting views from handlers. */
final class Views {

    private Views() {
    }

    /** Shows the Meetings area, then the view {@code partId} in it, activated, and gives back its object. */
    static Object show(String partId, MApplication application, EModelService models, EPartService parts) {
        return Areas.show(MeetingsUi.AREA, partId, application, models, parts).getObject();
    }

    /** Reads the calendar again if it is open, wherever it is. */
    static void refreshCalendar(EPartService parts) {
        var part = parts.findPart(MeetingsUi.CALENDAR_PART);
        if (part != null && part.getObject() instanceof CalendarPart calendar) {
            calendar.refresh();
        }
    }
}
