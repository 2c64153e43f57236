package org.liaison.meetings.ui.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.liaison.contacts.ContactSummary;
import org.liaison.core.i18n.Messages;
import org.liaison.meetings.Meeting;
import org.liaison.meetings.NetworkEvents.Registration;
import org.liaison.ui.LatestRead;
import org.liaison.ui.Tables;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Check-in on the day of an event: its registrations in order, the waiting list last, filtered by
 * what is typed; Enter or the Check in command checks the chosen person in.
 */
public class CheckInPart {

    /** Events shown in the list: from a week back to two months ahead. */
    static final Duration BEFORE = Duration.ofDays(7);
    static final Duration AFTER = Duration.ofDays(62);

    private final MeetingsServices services;
    private final Messages texts;
    private final ESelectionService selection;
    private final LatestRead reading;
    private List<Meeting> events = List.of();
    private List<Row> rows = List.of();
    private Combo event;
    private Text filter;
    private Label message;
    private Table table;

    @Inject
    public CheckInPart(@Service MeetingsServices services, @Named(TranslationService.LOCALE) Object locale, ESelectionService selection) {
        this.services = services;
        this.texts = MeetingsTexts.in(locale);
        this.selection = selection;
        this.reading = new LatestRead(texts.get("job.checkIn"), texts.get("checkIn.failed"));
    }

    /** One registration with the name it is listed and filtered by. */
    record Row(Meeting event, Registration registration, String name) {
    }

    @PostConstruct
    void create(Composite parent) {
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(parent);
        new Label(parent, SWT.NONE).setText(texts.get("checkIn.event"));
        event = new Combo(parent, SWT.READ_ONLY);
        GridDataFactory.fillDefaults().hint(300, SWT.DEFAULT).applyTo(event);
        filter = new Text(parent, SWT.BORDER | SWT.SEARCH);
        filter.setMessage(texts.get("checkIn.filter"));
        GridDataFactory.fillDefaults().grab(true, false).hint(180, SWT.DEFAULT).applyTo(filter);
        message = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(message);
        table = Tables.table(parent, SWT.SINGLE, texts, "checkIn.position", 50, "checkIn.name", 220, "checkIn.registered", 140,
                "checkIn.state", 160);
        GridDataFactory.fillDefaults().grab(true, true).span(3, 1).applyTo(table);
        event.addListener(SWT.Selection, e -> readRegistrations());
        filter.addListener(SWT.Modify, e -> show());
        filter.addListener(SWT.DefaultSelection, e -> {
            if (table.getItemCount() == 1) { // typed a name and Enter: the one found is chosen
                table.setSelection(0);
                selection.setSelection(table.getItem(0).getData());
            }
        });
        table.addListener(SWT.Selection, e -> selection.setSelection(chosen()));
        table.addListener(SWT.FocusIn, e -> selection.setSelection(chosen()));
        refresh();
    }

    private Row chosen() {
        return table.getSelectionCount() == 1 ? (Row) table.getSelection()[0].getData() : null;
    }

    /** Reads the events around today again, keeping the one chosen. */
    public void refresh() {
        Instant now = Instant.now();
        UUID kept = chosenEvent() == null ? null : chosenEvent().id();
        message.setText(texts.get("checkIn.loading"));
        reading.start(event, message, () -> {
            // every event of the window, soonest first: today's are never cut off by a limit
            return services.meetings().between(now.minus(BEFORE), now.plus(AFTER)).stream().filter(m -> m.kind().takesRegistrations())
                    .toList();
        }, found -> {
            events = found;
            DateTimeFormatter when = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(texts.locale());
            event.setItems(found.stream().map(m -> when.format(m.localStart()) + " \u2014 " + m.title()).toArray(String[]::new));
            int index = kept == null ? -1 : found.stream().map(Meeting::id).toList().indexOf(kept);
            int next = index >= 0 ? index : found.stream().filter(m -> m.end().isAfter(now)).findFirst().map(found::indexOf).orElse(0);
            if (!found.isEmpty()) {
                event.select(next);
                readRegistrations();
            } else {
                message.setText(texts.get("checkIn.noEvents"));
            }
        });
    }

    /** Chooses {@code meeting} (an event) and shows its registrations. */
    public void show(Meeting meeting) {
        int index = events.stream().map(Meeting::id).toList().indexOf(meeting.id());
        if (index < 0) {
            events = new ArrayList<>(events);
            events.add(meeting);
            event.add(meeting.title());
            index = events.size() - 1;
        }
        event.select(index);
        readRegistrations();
    }

    Meeting chosenEvent() {
        return event == null || event.getSelectionIndex() < 0 || event.getSelectionIndex() >= events.size() ? null
                : events.get(event.getSelectionIndex());
    }

    private void readRegistrations() {
        Meeting chosenEvent = chosenEvent();
        if (chosenEvent == null) {
            return;
        }
        reading.start(table, message, () -> {
            List<Registration> registrations = services.events().registrations(chosenEvent.id());
            Map<UUID, ContactSummary> names = services.profiles().summaries(registrations.stream().map(r -> r.attendee().contactId()).toList());
            return registrations.stream().map(r -> new Row(chosenEvent, r, names.containsKey(r.attendee().contactId())
                    ? names.get(r.attendee().contactId()).name() : "?")).toList();
        }, read -> {
            rows = read;
            show();
        });
    }

    private void show() {
        String typed = filter.getText().strip().toLowerCase(texts.locale());
        List<Row> shown = rows.stream().filter(r -> typed.isEmpty() || r.name().toLowerCase(texts.locale()).contains(typed)).toList();
        Meeting chosenEvent = chosenEvent();
        ZoneId zone = chosenEvent == null ? ZoneId.systemDefault() : chosenEvent.zone();
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(texts.locale());
        Tables.fill(table, shown, r -> new String[] {Integer.toString(r.registration().position()), r.name(),
            r.registration().attendee().registeredAt() == null ? "" : when.format(r.registration().attendee().registeredAt().atZone(zone)),
            state(r.registration(), zone)});
        for (TableItem item : table.getItems()) {
            Registration registration = ((Row) item.getData()).registration();
            if (registration.attendee().checkedInAt() != null) {
                item.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_DARK_GREEN));
            } else if (registration.waiting()) {
                item.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
            }
        }
        long in = rows.stream().filter(r -> r.registration().attendee().checkedInAt() != null).count();
        long waiting = rows.stream().filter(r -> r.registration().waiting()).count();
        message.setText(texts.get("checkIn.count", rows.size(), in, waiting));
        if (table.getSelectionCount() == 1) {
            selection.setSelection(table.getSelection()[0].getData());
        }
    }

    private String state(Registration registration, ZoneId zone) {
        if (registration.attendee().checkedInAt() != null) {
            return texts.get("checkIn.in", DateTimeFormatter.ofPattern("HH:mm").format(registration.attendee().checkedInAt().atZone(zone)));
        }
        return registration.waiting() ? texts.get("checkIn.waiting") : texts.get("checkIn.expected");
    }

    List<Row> rows() {
        return Arrays.stream(table.getItems()).map(i -> (Row) i.getData()).toList();
    }
}
