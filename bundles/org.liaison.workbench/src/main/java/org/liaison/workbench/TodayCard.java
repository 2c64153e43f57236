package org.liaison.workbench;

import java.util.List;
import java.util.Locale;

/**
 * A card on the Today page: follow-ups due, introductions awaiting an answer, meetings this week,
 * campaigns sending, sync problems... {@link #content} is called off the UI thread, when the page
 * is shown and again after the database changed, so it may query; it should answer within a few
 * hundred milliseconds on 100,000 contacts.
 */
public interface TodayCard {

    /** Cards are shown by rank, lower first. */
    int rank();

    String title(Locale locale);

    Content content(Locale locale);

    /**
     * What the card shows now: how many things it is about ({@code count}), the first of them, the
     * sentence shown when there are none, and what "Show all" opens ({@code null}: no such link).
     */
    record Content(long count, List<Entry> entries, String whenNone, Open all) {

        public Content {
            entries = List.copyOf(entries);
            whenNone = whenNone == null ? "" : whenNone;
        }
    }
}
