package org.liaison.meetings.ui.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;

/** Reads the active meeting view again (the desktop's Refresh, F5). */
public class RefreshHandler {

    @Execute
    public void execute(MPart part) {
        if (part.getObject() instanceof CalendarPart calendar) {
            calendar.refresh();
        } else if (part.getObject() instanceof FollowUpsPart followUps) {
            followUps.refresh();
        } else if (part.getObject() instanceof CheckInPart checkIn) {
            checkIn.refresh();
        }
    }
}
