package org.liaison.meetings.ui.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;

import org.liaison.core.i18n.Messages;
import org.liaison.meetings.Meeting;
import org.liaison.workbench.Entry;
import org.liaison.workbench.Open;
import org.liaison.workbench.TodayCard;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The meetings of this week still to come, soonest first. */
@Component
public class ThisWeekCard implements TodayCard {

    static final int SHOWN = 5;

    private final MeetingsServices services;

    @Activate
    public ThisWeekCard(@Reference MeetingsServices services) {
        this.services = services;
    }

    @Override
    public int rank() {
        return 15;
    }

    @Override
    public String title(Locale locale) {
        return MeetingsTexts.in(locale).get("today.week");
    }

    @Override
    public Content content(Locale locale) {
        Messages texts = MeetingsTexts.in(locale);
        ZoneId zone = ZoneId.systemDefault();
        Instant now = Instant.now();
        LocalDate monday = LocalDate.now(zone).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        Instant weekEnd = (monday.equals(LocalDate.now(zone)) ? monday.plusWeeks(1) : monday).atStartOfDay(zone).toInstant();
        List<Meeting> coming = services.meetings().between(now, weekEnd).stream().filter(m -> m.end().isAfter(now)).toList();
        DateTimeFormatter when = DateTimeFormatter.ofPattern("EEE HH:mm", texts.locale());
        DateTimeFormatter full = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(texts.locale());
        return new Content(coming.size(), coming.subList(0, Math.min(SHOWN, coming.size())).stream().map(m -> new Entry(m.title(),
                when.format(m.start().atZone(zone)) + (m.zone().equals(zone) ? "" : " \u00b7 " + texts.get("calendar.localTime",
                        full.format(m.localStart()), m.zone().getId())), Open.command(MeetingsUi.SHOW, MeetingsUi.MEETING_PARAMETER,
                                m.id().toString()))).toList(), texts.get("today.week.none"), Open.area(MeetingsUi.AREA));
    }
}
