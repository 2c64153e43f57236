package org.liaison.meetings.ui.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.liaison.core.i18n.Messages;
import org.liaison.core.validation.ValidationException;
import org.liaison.meetings.Attendee;
import org.liaison.meetings.FollowUpTask;
import org.liaison.meetings.Meeting;
import org.liaison.ui.Tables;

/** A meeting's follow-ups: what to do, about whom, for whom, by when; added at once, ticked off when done. */
final class TasksTab {

    private final MeetingsServices services;
    private final Messages texts;
    private final Meeting meeting;
    private final Table table;
    private final DateTimeFormatter dates;

    TasksTab(TabFolder tabs, MeetingsServices services, Messages texts, Meeting meeting) {
        this.services = services;
        this.texts = texts;
        this.meeting = meeting;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(texts.locale());
        TabItem item = new TabItem(tabs, SWT.NONE);
        item.setText(texts.get("meeting.tab.tasks"));
        Composite page = new Composite(tabs, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(5).applyTo(page);
        item.setControl(page);
        Text title = new Text(page, SWT.BORDER);
        title.setMessage(texts.get("tasks.hint"));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
        Combo about = new Combo(page, SWT.READ_ONLY);
        about.add(texts.get("tasks.aboutNobody"));
        var names = services.profiles().summaries(meeting.attendees().stream().map(Attendee::contactId).toList());
        for (Attendee attendee : meeting.attendees()) {
            about.add(names.containsKey(attendee.contactId()) ? names.get(attendee.contactId()).name() : "?");
        }
        about.select(meeting.attendees().size() == 1 ? 1 : 0);
        Text assignee = new Text(page, SWT.BORDER);
        assignee.setText(services.staff());
        GridDataFactory.fillDefaults().hint(90, SWT.DEFAULT).applyTo(assignee);
        DateTime due = new DateTime(page, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
        LocalDate week = LocalDate.now().plusDays(7);
        due.setDate(week.getYear(), week.getMonthValue() - 1, week.getDayOfMonth());
        Button add = new Button(page, SWT.PUSH);
        add.setText(texts.get("tasks.add"));
        Label problem = new Label(page, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).span(5, 1).applyTo(problem);
        table = Tables.table(page, SWT.SINGLE | SWT.CHECK, texts, "tasks.title", 240, "tasks.about", 140, "tasks.assignee", 90,
                "tasks.due", 110);
        GridDataFactory.fillDefaults().grab(true, true).span(5, 1).applyTo(table);
        add.addListener(SWT.Selection, e -> {
            try {
                services.meetings().addTask(new FollowUpTask(null, meeting.id(), about.getSelectionIndex() == 0 ? null
                        : meeting.attendees().get(about.getSelectionIndex() - 1).contactId(), title.getText(), assignee.getText(),
                        LocalDate.of(due.getYear(), due.getMonth() + 1, due.getDay()), null, null), texts.locale());
                title.setText("");
                problem.setText("");
                show();
            } catch (ValidationException refused) {
                problem.setText(refused.problems().get(0).message());
            }
        });
        table.addListener(SWT.Selection, e -> {
            if (e.detail == SWT.CHECK && e.item.getData() instanceof FollowUpTask task) {
                boolean done = ((org.eclipse.swt.widgets.TableItem) e.item).getChecked();
                services.meetings().complete(task.id(), done ? LocalDate.now() : null, services.staff(), texts.locale());
                show();
            }
        });
        show();
    }

    private void show() {
        var tasks = services.meetings().tasks(meeting.id());
        var names = services.profiles().summaries(tasks.stream().map(FollowUpTask::contactId).filter(java.util.Objects::nonNull).toList());
        Tables.fill(table, tasks, t -> new String[] {t.title(), t.contactId() != null && names.containsKey(t.contactId())
                ? names.get(t.contactId()).name() : "", t.assignee(), dates.format(t.due())});
        for (var item : table.getItems()) {
            item.setChecked(((FollowUpTask) item.getData()).done());
        }
    }
}
