package org.liaison.niches.ui.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.services.EMenuService;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.liaison.contacts.ContactSummary;
import org.liaison.core.i18n.Messages;
import org.liaison.ui.LatestRead;
import org.liaison.niches.Answer;
import org.liaison.niches.FollowUp;
import org.liaison.niches.Introduction;
import org.liaison.niches.IntroductionStatus;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.liaison.ui.Tables;

/**
 * Introductions as a board by status (each side's answer shown), and below it the follow-ups
 * falling due within two weeks.
 */
public class IntroductionsPart {

    static final int SHOWN = 1_000;
    static final int FOLLOW_UP_DAYS = 14;

    private final NichesServices services;
    private final Messages texts;
    private final ESelectionService selection;
    private final DateTimeFormatter dates;
    private Combo status;
    private Table board;
    private Table followUps;
    private Label message;
    private UUID wanted;
    private final LatestRead reading;

    @Inject
    public IntroductionsPart(@Service NichesServices services, @Named(TranslationService.LOCALE) Object locale,
            ESelectionService selection) {
        this.services = services;
        this.texts = NichesTexts.in(locale);
        this.selection = selection;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(texts.locale());
        this.reading = new LatestRead(texts.get("job.introductions"), texts.get("introductions.failed"));
    }

    @PostConstruct
    void create(Composite parent, EMenuService menus) {
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(parent);
        new Label(parent, SWT.NONE).setText(texts.get("introductions.status"));
        status = new Combo(parent, SWT.READ_ONLY);
        status.add(texts.get("introductions.all"));
        for (IntroductionStatus s : IntroductionStatus.values()) {
            status.add(texts.get("introduction." + s.name()));
        }
        status.select(IntroductionStatus.PROPOSED.ordinal() + 1);
        status.addListener(SWT.Selection, e -> refresh());
        message = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(message);
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).span(3, 1).applyTo(sash);
        board = Tables.table(sash, SWT.SINGLE, texts, "introductions.first", 160, "introductions.second", 160,
                "introductions.proposedOn", 100, "introductions.column.status", 120, "introductions.firstAnswer", 90,
                "introductions.secondAnswer", 90, "introductions.by", 80, "introductions.reason", 260);
        Composite lower = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(lower);
        new Label(lower, SWT.NONE).setText(texts.get("followUps.heading", FOLLOW_UP_DAYS));
        followUps = Tables.table(lower, SWT.SINGLE, texts, "followUps.pair", 300, "followUps.months", 90, "followUps.due", 110,
                "followUps.assignee", 100);
        sash.setWeights(65, 35);
        board.addListener(SWT.Selection, e -> selection.setSelection(chosen(board)));
        followUps.addListener(SWT.Selection, e -> selection.setSelection(chosen(followUps)));
        board.addListener(SWT.FocusIn, e -> selection.setSelection(chosen(board)));
        followUps.addListener(SWT.FocusIn, e -> selection.setSelection(chosen(followUps)));
        menus.registerContextMenu(board, "org.liaison.niches.ui.popup.introductions");
        menus.registerContextMenu(followUps, "org.liaison.niches.ui.popup.followUps");
        refresh();
    }

    private static Object chosen(Table table) {
        return table.getSelectionCount() == 1 ? table.getSelection()[0].getData() : null;
    }

    /** Shows every introduction and chooses the one {@code id} once it is read. */
    public void show(UUID id) {
        wanted = id;
        status.select(0);
        refresh();
    }

    /** Shows the introductions with {@code shown} ({@code null}: all). */
    public void show(IntroductionStatus shown) {
        status.select(shown == null ? 0 : shown.ordinal() + 1);
        refresh();
    }

    /** Reads the board, the counts and the follow-ups again, in the background. */
    public void refresh() {
        IntroductionStatus shown = status.getSelectionIndex() == 0 ? null : IntroductionStatus.values()[status.getSelectionIndex() - 1];
        LocalDate today = LocalDate.now();
        message.setText(texts.get("introductions.loading"));
        reading.start(board, message, () -> {
            List<Introduction> introductions = services.introductions().board(shown, SHOWN);
            List<FollowUp> due = services.introductions().followUpsDue(today.plusDays(FOLLOW_UP_DAYS), null, SHOWN);
            Set<UUID> people = new HashSet<>();
            introductions.forEach(i -> people.addAll(List.of(i.first(), i.second())));
            due.forEach(f -> people.addAll(List.of(f.introduction().first(), f.introduction().second())));
            return new Read(introductions, due, services.profiles().summaries(people), services.introductions().counts());
        }, this::show);
    }

    private record Read(List<Introduction> introductions, List<FollowUp> due, Map<UUID, ContactSummary> names,
            Map<IntroductionStatus, Long> counts) {
    }

    private String name(Map<UUID, ContactSummary> names, UUID id) {
        return names.containsKey(id) ? names.get(id).name() : texts.get("introductions.removed");
    }

    private void show(Read read) {
        Tables.fill(board, read.introductions, i -> new String[] {name(read.names, i.first()), name(read.names, i.second()),
                dates.format(i.proposedOn()), texts.get("introduction." + i.status().name()), answer(i.firstAnswer()),
                answer(i.secondAnswer()), i.proposedBy(), i.reason()});
        Tables.fill(followUps, read.due, f -> new String[] {name(read.names, f.introduction().first()) + " \u2194 "
                + name(read.names, f.introduction().second()), texts.get("followUps.after", f.months()), dates.format(f.due()),
                f.assignee()});
        int shown = status.getSelectionIndex();
        for (int s = 0; s < IntroductionStatus.values().length; s++) {
            IntroductionStatus each = IntroductionStatus.values()[s];
            status.setItem(s + 1, texts.get("introductions.withCount", texts.get("introduction." + each.name()), read.counts.get(each)));
        }
        status.select(shown); // GTK forgets the choice when its item is renamed
        message.setText(texts.get("introductions.count", read.introductions.size(), read.due.size()));
        if (wanted != null) {
            for (TableItem item : board.getItems()) {
                if (((Introduction) item.getData()).id().equals(wanted)) {
                    board.setSelection(item);
                    board.showSelection();
                    selection.setSelection(item.getData());
                }
            }
            wanted = null;
        }
    }

    private String answer(Answer answer) {
        return texts.get("answer." + answer.name());
    }
}
