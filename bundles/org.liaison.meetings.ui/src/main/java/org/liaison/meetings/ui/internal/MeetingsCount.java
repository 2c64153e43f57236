package org.liaison.meetings.ui.internal;

import java.time.LocalDate;

import org.liaison.workbench.AreaCount;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The number beside Meetings in the navigator: my follow-ups overdue, which must not be forgotten. */
@Component
public class MeetingsCount implements AreaCount {

    static final int COUNTED = 1_000;

    private final MeetingsServices services;

    @Activate
    public MeetingsCount(@Reference MeetingsServices services) {
        this.services = services;
    }

    @Override
    public String areaId() {
        return MeetingsUi.AREA;
    }

    @Override
    public long count() {
        LocalDate today = LocalDate.now();
        return services.meetings().openTasks(services.staff(), today.minusDays(1), 0, COUNTED).size();
    }
}
