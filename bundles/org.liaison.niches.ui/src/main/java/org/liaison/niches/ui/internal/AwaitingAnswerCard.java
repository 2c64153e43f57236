package org.liaison.niches.ui.internal;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.liaison.contacts.ContactSummary;
import org.liaison.core.i18n.Messages;
import org.liaison.niches.Introduction;
import org.liaison.niches.IntroductionStatus;
import org.liaison.workbench.Open;
import org.liaison.workbench.TodayCard;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Today: introductions still awaiting one side's answer, the oldest first. */
@Component
public class AwaitingAnswerCard implements TodayCard {

    static final int SHOWN = 5;

    private final NichesServices services;

    @Activate
    public AwaitingAnswerCard(@Reference NichesServices services) {
        this.services = services;
    }

    @Override
    public int rank() {
        return 30;
    }

    @Override
    public String title(Locale locale) {
        return NichesTexts.in(locale).get("today.awaiting");
    }

    @Override
    public Content content(Locale locale) {
        Messages texts = NichesTexts.in(locale);
        List<Introduction> awaiting = services.introductions().awaitingAnswer(SHOWN);
        Map<UUID, ContactSummary> names = Lines.names(services.profiles(), awaiting);
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(texts.locale());
        return new Content(services.introductions().counts().get(IntroductionStatus.PROPOSED),
                awaiting.stream().map(i -> Lines.introduction(Lines.pair(names, i), texts.get("today.awaiting.detail",
                        dates.format(i.proposedOn()), Lines.sides(texts, i)), i)).toList(),
                texts.get("today.awaiting.none"), Open.command(NichesUi.SHOW, NichesUi.STATUS_PARAMETER, IntroductionStatus.PROPOSED.name()));
    }
}
