package org.liaison.sync.ui.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.liaison.core.i18n.Messages;
import org.liaison.sync.SyncService;
import org.liaison.sync.SyncStatus;
import org.liaison.workbench.Entry;
import org.liaison.workbench.Open;
import org.liaison.workbench.TodayCard;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Today: sync problems (a sign-in to give again, a sync that did not complete) and changes waiting
 * to be sent, each opening the Sync view (a sign-in asks for the password at once). Read from the desktop's own status: it asks the server nothing.
 */
@Component
public class SyncCard implements TodayCard {

    private final SyncService sync;

    @Activate
    public SyncCard(@Reference SyncService sync) {
        this.sync = sync;
    }

    @Override
    public int rank() {
        return 900;
    }

    @Override
    public String title(Locale locale) {
        return SyncUiTexts.in(locale).get("today.title");
    }

    @Override
    public Content content(Locale locale) {
        Messages texts = SyncUiTexts.in(locale);
        SyncStatus status = sync.status();
        Open view = Open.command(SyncViews.SHOW_COMMAND);
        if (status.server().isEmpty()) {
            return new Content(0, List.of(), texts.get("today.alone"), null);
        }
        List<Entry> problems = new ArrayList<>();
        if (status.signInNeeded()) {
            problems.add(new Entry(texts.get("signIn"), texts.get("signInNeeded"), Open.command(SyncViews.SIGN_IN_COMMAND)));
        }
        status.problem().ifPresent(p -> problems.add(new Entry(texts.get("today.problem"),
                texts.get("failure." + p.kind().name(), p.detail()), view)));
        if (status.pending() > 0) {
            problems.add(new Entry(texts.get("today.pending", status.pending()), "", view)); // the view has Sync now, when it can sync
        }
        String last = status.lastSync().map(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(texts.locale())
                .withZone(ZoneId.systemDefault())::format).orElse(texts.get("never"));
        return new Content(status.signInNeeded() || status.problem().isPresent() ? 1 : 0, problems,
                texts.get("today.fine", status.server().orElseThrow().getHost(), last), view);
    }
}
