package org.liaison.niches.ui.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.liaison.contacts.ContactSummary;
import org.liaison.core.i18n.Messages;
import org.liaison.niches.NeedOffer;
import org.liaison.workbench.Entry;
import org.liaison.workbench.Open;
import org.liaison.workbench.TodayCard;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Today: open needs and offers within two weeks of their date, or past it, for their owners to renew. */
@Component
public class ExpiringCard implements TodayCard {

    static final int SHOWN = 5;
    static final int DAYS = 14;
    static final int COUNTED = 1_000;

    private final NichesServices services;

    @Activate
    public ExpiringCard(@Reference NichesServices services) {
        this.services = services;
    }

    @Override
    public int rank() {
        return 40;
    }

    @Override
    public String title(Locale locale) {
        return NichesTexts.in(locale).get("today.expiring");
    }

    @Override
    public Content content(Locale locale) {
        Messages texts = NichesTexts.in(locale);
        LocalDate today = LocalDate.now();
        List<NeedOffer> expiring = services.needsOffers().expiring(today, DAYS, COUNTED);
        List<NeedOffer> shown = expiring.subList(0, Math.min(SHOWN, expiring.size()));
        Set<UUID> owners = new HashSet<>();
        shown.forEach(n -> owners.add(n.owner()));
        Map<UUID, ContactSummary> names = services.profiles().summaries(owners);
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(texts.locale());
        Open board = Open.command(NichesUi.SHOW, NichesUi.KIND_PARAMETER, "ALL");
        return new Content(expiring.size(), shown.stream().map(n -> new Entry(n.description(), texts.get("today.expiring.detail",
                texts.get("needOffer." + n.kind().name()), names.containsKey(n.owner()) ? names.get(n.owner()).name() : "?",
                dates.format(n.validUntil())), board)).toList(), texts.get("today.expiring.none"), board);
    }
}
