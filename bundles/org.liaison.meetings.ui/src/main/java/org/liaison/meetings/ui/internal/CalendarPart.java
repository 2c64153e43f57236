package org.liaison.meetings.ui.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.services.EMenuService;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.liaison.core.i18n.Messages;
import org.liaison.meetings.Meeting;
import org.liaison.meetings.MeetingKind;
import org.liaison.meetings.MeetingQuery;
import org.liaison.ui.LatestRead;
import org.liaison.ui.Tables;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The calendar: a week or a month of meetings, or, while words are typed in its search field,
 * the meetings they find (in the title, agenda, decisions and notes, accents and case aside) with
 * the kind and period chosen beside it.
 */
public class CalendarPart {

    static final int FOUND = 200;

    private final MeetingsServices services;
    private final Messages texts;
    private final ESelectionService selection;
    private final ECommandService commands;
    private final EHandlerService handlers;
    private final LatestRead reading;
    private final LatestRead searching;
    private CalendarSheet.Mode mode = CalendarSheet.Mode.WEEK;
    private LocalDate shownDay = LocalDate.now();
    private Label period;
    private Text search;
    private Combo kind;
    private Combo when;
    private Label message;
    private Composite pages;
    private CalendarSheet sheet;
    private Table found;
    private UUID wanted;

    @Inject
    public CalendarPart(@Service MeetingsServices services, @Named(TranslationService.LOCALE) Object locale, ESelectionService selection,
            ECommandService commands, EHandlerService handlers) {
        this.services = services;
        this.texts = MeetingsTexts.in(locale);
        this.selection = selection;
        this.commands = commands;
        this.handlers = handlers;
        this.reading = new LatestRead(texts.get("job.calendar"), texts.get("calendar.failed"));
        this.searching = new LatestRead(texts.get("job.search"), texts.get("search.failed"));
    }

    @PostConstruct
    void create(Composite parent, EMenuService menus) {
        GridLayoutFactory.swtDefaults().numColumns(4).applyTo(parent);
        period = new Label(parent, SWT.NONE); // the page shown, on a row of its own: the week's dates and the zone of its hours
        GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(period);
        message = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().hint(200, SWT.DEFAULT).applyTo(message);
        search = new Text(parent, SWT.BORDER | SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        search.setMessage(texts.get("calendar.search"));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(search);
        kind = new Combo(parent, SWT.READ_ONLY);
        kind.add(texts.get("calendar.anyKind"));
        for (MeetingKind each : MeetingKind.values()) {
            kind.add(texts.get("kind." + each.name()));
        }
        kind.select(0);
        when = new Combo(parent, SWT.READ_ONLY);
        when.setItems(texts.get("calendar.anyTime"), texts.get("calendar.past"), texts.get("calendar.coming"), texts.get("calendar.shown"));
        when.select(0);
        new Label(parent, SWT.NONE);

        pages = new Composite(parent, SWT.NONE);
        pages.setLayout(new StackLayout());
        GridDataFactory.fillDefaults().grab(true, true).span(4, 1).applyTo(pages);
        sheet = new CalendarSheet(pages, texts);
        found = Tables.table(pages, SWT.SINGLE, texts, "found.start", 150, "found.title", 280, "found.kind", 150, "found.place", 220);
        ((StackLayout) pages.getLayout()).topControl = sheet.control();

        sheet.onChoose(meeting -> selection.setSelection(meeting));
        sheet.onOpen(meeting -> open());
        sheet.onTurn(this::turn);
        sheet.control().addListener(SWT.FocusIn, e -> selection.setSelection(sheet.chosen()));
        found.addListener(SWT.Selection, e -> selection.setSelection(chosenFound()));
        found.addListener(SWT.FocusIn, e -> selection.setSelection(chosenFound()));
        found.addListener(SWT.DefaultSelection, e -> open());
        search.addListener(SWT.Modify, e -> refresh());
        kind.addListener(SWT.Selection, e -> refresh());
        when.addListener(SWT.Selection, e -> refresh());
        menus.registerContextMenu(sheet.control(), "org.liaison.meetings.ui.popup.calendar");
        menus.registerContextMenu(found, "org.liaison.meetings.ui.popup.calendar");
        refresh();
    }

    private Meeting chosenFound() {
        return found.getSelectionCount() == 1 ? (Meeting) found.getSelection()[0].getData() : null;
    }

    private void open() {
        var command = commands.createCommand(MeetingsUi.OPEN_MEETING, Map.of());
        if (handlers.canExecute(command)) {
            handlers.executeHandler(command);
        }
    }

    CalendarSheet.Mode mode() {
        return mode;
    }

    /** Shows a week or a month around the day shown. */
    public void show(CalendarSheet.Mode newMode) {
        mode = newMode;
        refresh();
    }

    /** One page back or forward, or (0) back to today. */
    public void turn(int step) {
        shownDay = step == 0 ? LocalDate.now() : mode == CalendarSheet.Mode.WEEK ? shownDay.plusWeeks(step) : shownDay.plusMonths(step);
        refresh();
    }

    /** Shows the week of {@code meeting} and chooses it once it is read. */
    public void show(Meeting meeting) {
        search.setText("");
        mode = CalendarSheet.Mode.WEEK;
        shownDay = meeting.start().atZone(sheet.zone()).toLocalDate();
        wanted = meeting.id();
        refresh();
    }

    /** Reads the page or the search again, in the background. */
    public void refresh() {
        LocalDate firstDay = firstDay();
        // a month page shows six whole weeks from the Monday on or before the first
        LocalDate from = mode == CalendarSheet.Mode.WEEK ? firstDay : firstDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate lastDay = from.plusDays(mode == CalendarSheet.Mode.WEEK ? 7 : 42);
        ZoneId zone = sheet.zone();
        DateTimeFormatter days = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(texts.locale());
        period.setText(mode == CalendarSheet.Mode.WEEK ? texts.get("calendar.week", days.format(firstDay), zone.getId())
                : texts.get("calendar.month", DateTimeFormatter.ofPattern("LLLL yyyy", texts.locale()).format(firstDay), zone.getId()));
        period.getParent().layout();
        StackLayout stack = (StackLayout) pages.getLayout();
        if (search.getText().isBlank() && kind.getSelectionIndex() == 0 && when.getSelectionIndex() == 0) {
            searching.cancel();
            stack.topControl = sheet.control();
            pages.layout();
            message.setText(texts.get("calendar.loading"));
            reading.start(sheet.control(), message, () -> services.meetings().between(from.atStartOfDay(zone).toInstant(),
                    lastDay.atStartOfDay(zone).toInstant()), list -> {
                        sheet.show(mode, firstDay, list);
                        message.setText(texts.get("calendar.count", list.size()));
                        if (wanted != null) {
                            sheet.choose(wanted);
                            wanted = null;
                        }
                    });
        } else {
            reading.cancel();
            stack.topControl = found;
            pages.layout();
            MeetingKind chosenKind = kind.getSelectionIndex() == 0 ? null : MeetingKind.values()[kind.getSelectionIndex() - 1];
            Instant now = Instant.now();
            Instant after = switch (when.getSelectionIndex()) {
                case 2 -> now;
                case 3 -> from.atStartOfDay(zone).toInstant();
                default -> null;
            };
            Instant to = switch (when.getSelectionIndex()) {
                case 1 -> now;
                case 3 -> lastDay.atStartOfDay(zone).toInstant();
                default -> null;
            };
            MeetingQuery query = new MeetingQuery(search.getText(), null, chosenKind, after, to, FOUND);
            DateTimeFormatter starts = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(texts.locale());
            message.setText(texts.get("calendar.searching"));
            searching.start(found, message, () -> services.meetings().search(query), list -> {
                Tables.fill(found, list, m -> new String[] {starts.format(m.start().atZone(zone)), m.title(),
                    texts.get("kind." + m.kind().name()), m.place() != null ? m.place() : m.onlineLink() == null ? "" : m.onlineLink()});
                message.setText(texts.get("calendar.found", list.size()));
            });
        }
    }

    private LocalDate firstDay() {
        return mode == CalendarSheet.Mode.WEEK ? shownDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : shownDay.withDayOfMonth(1);
    }

    /** The meetings shown, as the calendar or the search found them: for tests and for the export of what is shown. */
    List<Meeting> shown() {
        if (((StackLayout) pages.getLayout()).topControl == found) {
            return Arrays.stream(found.getItems()).map(i -> (Meeting) i.getData()).toList();
        }
        return sheet.shownMeetings();
    }

    Text searchField() {
        return search;
    }
}
