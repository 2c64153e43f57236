package org.liaison.meetings.ui.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import org.liaison.core.i18n.Messages;
import org.liaison.meetings.FollowUpTask;
import org.liaison.workbench.Entry;
import org.liaison.workbench.Open;
import org.liaison.workbench.TodayCard;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The start-up reminder: my follow-ups overdue or due today, on the Today page first. */
@Component
public class FollowUpsCard implements TodayCard {

    static final int SHOWN = 5;
    static final int COUNTED = 1_000;

    private final MeetingsServices services;

    @Activate
    public FollowUpsCard(@Reference MeetingsServices services) {
        this.services = services;
    }

    @Override
    public int rank() {
        return 5;
    }

    @Override
    public String title(Locale locale) {
        return MeetingsTexts.in(locale).get("today.followUps");
    }

    @Override
    public Content content(Locale locale) {
        Messages texts = MeetingsTexts.in(locale);
        LocalDate today = LocalDate.now();
        List<FollowUpTask> due = services.meetings().openTasks(services.staff(), today, 0, COUNTED);
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(texts.locale());
        Open all = Open.command(MeetingsUi.SHOW, MeetingsUi.TASKS_PARAMETER, "mine");
        return new Content(due.size(), due.subList(0, Math.min(SHOWN, due.size())).stream().map(t -> new Entry(t.title(),
                texts.get(t.overdueOn(today) ? "today.overdue" : "today.dueToday", dates.format(t.due())), t.meetingId() == null ? all
                        : Open.command(MeetingsUi.SHOW, MeetingsUi.MEETING_PARAMETER, t.meetingId().toString()))).toList(),
                texts.get("today.followUps.none"), all);
    }
}
