package org.liaison.meetings.ui.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.services.EMenuService;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.liaison.contacts.ContactSummary;
import org.liaison.core.i18n.Messages;
import org.liaison.meetings.FollowUpTask;
import org.liaison.ui.LatestRead;
import org.liaison.ui.Tables;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** My follow-ups: the tasks of the staff member using this desktop not done yet, the overdue first and in red, then those due soon. */
public class FollowUpsPart {

    /** How far ahead the list looks. */
    static final int DAYS = 14;
    static final int SHOWN = 500;

    private final MeetingsServices services;
    private final Messages texts;
    private final ESelectionService selection;
    private final LatestRead reading;
    private Table table;
    private Label message;

    @Inject
    public FollowUpsPart(@Service MeetingsServices services, @Named(TranslationService.LOCALE) Object locale, ESelectionService selection) {
        this.services = services;
        this.texts = MeetingsTexts.in(locale);
        this.selection = selection;
        this.reading = new LatestRead(texts.get("job.followUps"), texts.get("followUps.failed"));
    }

    @PostConstruct
    void create(Composite parent, EMenuService menus) {
        GridLayoutFactory.swtDefaults().applyTo(parent);
        message = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(message);
        table = Tables.table(parent, SWT.MULTI, texts, "tasks.title", 220, "tasks.about", 140, "tasks.due", 110, "tasks.state", 90);
        table.addListener(SWT.Selection, e -> selection.setSelection(chosen()));
        table.addListener(SWT.FocusIn, e -> selection.setSelection(chosen()));
        menus.registerContextMenu(table, "org.liaison.meetings.ui.popup.followUps");
        refresh();
    }

    /** The tasks chosen, as one list (a selection of one task or many). */
    private TaskSelection chosen() {
        List<FollowUpTask> tasks = Arrays.stream(table.getSelection()).map(i -> (FollowUpTask) i.getData()).toList();
        return tasks.isEmpty() ? null : new TaskSelection(tasks);
    }

    /** Reads my open tasks again, in the background. */
    public void refresh() {
        LocalDate today = LocalDate.now();
        String me = services.staff();
        message.setText(texts.get("followUps.loading"));
        reading.start(table, message, () -> {
            List<FollowUpTask> tasks = services.meetings().openTasks(me, today, DAYS, SHOWN);
            return new Read(tasks, services.profiles().summaries(tasks.stream().map(FollowUpTask::contactId).filter(Objects::nonNull).toList()));
        }, read -> show(read, today));
    }

    private record Read(List<FollowUpTask> tasks, Map<UUID, ContactSummary> names) {
    }

    private void show(Read read, LocalDate today) {
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(texts.locale());
        Tables.fill(table, read.tasks, t -> new String[] {t.title(), t.contactId() != null && read.names.containsKey(t.contactId())
                ? read.names.get(t.contactId()).name() : "", dates.format(t.due()), texts.get(t.overdueOn(today) ? "tasks.overdue"
                        : t.due().equals(today) ? "tasks.today" : "tasks.coming")});
        for (TableItem item : table.getItems()) {
            if (((FollowUpTask) item.getData()).overdueOn(today)) {
                item.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            }
        }
        long overdue = read.tasks.stream().filter(t -> t.overdueOn(today)).count();
        message.setText(texts.get("followUps.count", read.tasks.size(), overdue, DAYS));
    }
}
