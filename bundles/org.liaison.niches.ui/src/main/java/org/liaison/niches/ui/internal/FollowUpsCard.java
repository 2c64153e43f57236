package org.liaison.niches.ui.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.liaison.contacts.ContactSummary;
import org.liaison.core.i18n.Messages;
import org.liaison.niches.FollowUp;
import org.liaison.workbench.Open;
import org.liaison.workbench.TodayCard;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Today: follow-ups of introductions due or overdue (3, 6 and 12 months after both accepted), for everyone. */
@Component
public class FollowUpsCard implements TodayCard {

    static final int SHOWN = 5;
    static final int COUNTED = 1_000;

    private final NichesServices services;

    @Activate
    public FollowUpsCard(@Reference NichesServices services) {
        this.services = services;
    }

    @Override
    public int rank() {
        return 10;
    }

    @Override
    public String title(Locale locale) {
        return NichesTexts.in(locale).get("today.followUps");
    }

    @Override
    public Content content(Locale locale) {
        Messages texts = NichesTexts.in(locale);
        LocalDate today = LocalDate.now();
        List<FollowUp> due = services.introductions().followUpsDue(today, null, COUNTED);
        List<FollowUp> shown = due.subList(0, Math.min(SHOWN, due.size()));
        Map<UUID, ContactSummary> names = Lines.names(services.profiles(), shown.stream().map(FollowUp::introduction).toList());
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(texts.locale());
        return new Content(due.size(), shown.stream().map(f -> Lines.introduction(Lines.pair(names, f.introduction()),
                texts.get(f.due().isBefore(today) ? "today.followUps.overdue" : "today.followUps.due", f.months(), dates.format(f.due()),
                        f.assignee()), f.introduction())).toList(),
                texts.get("today.followUps.none"), Open.command(NichesUi.SHOW, NichesUi.STATUS_PARAMETER, "ACCEPTED"));
    }
}
