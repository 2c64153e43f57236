package org.liaison.contacts.ui.internal;

import java.util.Locale;

import org.liaison.core.i18n.Messages;
import org.liaison.workbench.TodayCard;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Today: the people and organisations recorded last, here or by colleagues. */
@Component
public class RecentContactsCard implements TodayCard {

    private static final int SHOWN = 5;

    private final ContactsServices services;

    @Activate
    public RecentContactsCard(@Reference ContactsServices services) {
        this.services = services;
    }

    @Override
    public int rank() {
        return 200;
    }

    @Override
    public String title(Locale locale) {
        return ContactsTexts.in(locale).get("today.recent");
    }

    @Override
    public Content content(Locale locale) {
        Messages texts = ContactsTexts.in(locale);
        return new Content(0, services.contacts().recent(SHOWN).stream().map(c -> ContactsSearch.entry(c, texts)).toList(),
                texts.get("today.recent.none"), null);
    }
}
