package org.liaison.contacts.ui.internal;

import java.util.List;
import java.util.Locale;

import org.liaison.core.i18n.Messages;
import org.liaison.workbench.Entry;
import org.liaison.workbench.Open;
import org.liaison.workbench.TodayCard;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Today: an import still being finished in the background (its people are found, more slowly, meanwhile). */
@Component
public class ImportIndexingCard implements TodayCard {

    private final ContactsServices services;

    @Activate
    public ImportIndexingCard(@Reference ContactsServices services) {
        this.services = services;
    }

    @Override
    public int rank() {
        return 220;
    }

    @Override
    public String title(Locale locale) {
        return ContactsTexts.in(locale).get("today.imports");
    }

    @Override
    public Content content(Locale locale) {
        Messages texts = ContactsTexts.in(locale);
        long waiting = services.contacts().awaitingSearchWords();
        List<Entry> entries = waiting == 0 ? List.of()
                : List.of(new Entry(texts.get("today.imports.indexing", waiting), "", Open.area(ContactCommands.AREA)));
        return new Content(waiting, entries, texts.get("today.imports.none"), null);
    }
}
