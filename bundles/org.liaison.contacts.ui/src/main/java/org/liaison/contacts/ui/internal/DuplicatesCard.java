package org.liaison.contacts.ui.internal;

import java.util.List;
import java.util.Locale;

import org.liaison.contacts.DuplicatePair;
import org.liaison.core.i18n.Messages;
import org.liaison.workbench.Entry;
import org.liaison.workbench.Open;
import org.liaison.workbench.TodayCard;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Today: the people entered twice that the last scan of this session found. The scan itself (a
 * couple of seconds on 100,000 contacts) is not made for the page; the card offers it.
 */
@Component
public class DuplicatesCard implements TodayCard {

    private static final int SHOWN = 5;

    private final ContactsServices services;

    @Activate
    public DuplicatesCard(@Reference ContactsServices services) {
        this.services = services;
    }

    @Override
    public int rank() {
        return 210;
    }

    @Override
    public String title(Locale locale) {
        return ContactsTexts.in(locale).get("today.duplicates");
    }

    @Override
    public Content content(Locale locale) {
        Messages texts = ContactsTexts.in(locale);
        List<DuplicatePair> found = services.lastScan().orElse(null);
        if (found == null) {
            return new Content(0, List.of(new Entry(texts.get("today.duplicates.scan"), "", Open.command(ContactCommands.FIND_DUPLICATES))),
                    "", null);
        }
        Open show = Open.command(ContactCommands.SHOW_DUPLICATES);
        List<Entry> entries = found.stream().limit(SHOWN).map(pair -> new Entry(name(pair, texts), String.join("; ", pair.reasons()), show))
                .toList();
        return new Content(found.size(), entries, texts.get("today.duplicates.none"), show);
    }

    private String name(DuplicatePair pair, Messages texts) {
        String first = services.contacts().person(pair.first()).map(p -> p.displayName()).orElse("?");
        String second = services.contacts().person(pair.second()).map(p -> p.displayName()).orElse("?");
        return texts.get("today.duplicates.pair", first, second);
    }
}
