package org.liaison.meetings.ui.internal;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import org.liaison.core.i18n.Messages;
import org.liaison.meetings.MeetingQuery;
import org.liaison.workbench.Entry;
import org.liaison.workbench.Open;
import org.liaison.workbench.SearchProvider;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Search everywhere finds meetings by the words of their title, agenda, decisions and notes. */
@Component
public class MeetingsSearch implements SearchProvider {

    private final MeetingsServices services;

    @Activate
    public MeetingsSearch(@Reference MeetingsServices services) {
        this.services = services;
    }

    @Override
    public int rank() {
        return 40;
    }

    @Override
    public String title(Locale locale) {
        return MeetingsTexts.in(locale).get("search.title");
    }

    @Override
    public List<Entry> search(String text, int limit, Locale locale) {
        Messages texts = MeetingsTexts.in(locale);
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(texts.locale());
        return services.meetings().search(MeetingQuery.words(text, limit)).stream().map(m -> new Entry(m.title(),
                texts.get("search.meeting", texts.get("kind." + m.kind().name()), when.format(m.localStart())),
                Open.command(MeetingsUi.SHOW, MeetingsUi.MEETING_PARAMETER, m.id().toString()))).toList();
    }
}
