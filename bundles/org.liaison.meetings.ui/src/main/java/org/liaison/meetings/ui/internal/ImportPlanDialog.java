package org.liaison.meetings.ui.internal;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.liaison.core.i18n.Messages;
import org.liaison.meetings.calendar.CalendarImport;
import org.liaison.meetings.calendar.PlannedMeeting;
import org.liaison.ui.Tables;

/** What an iCalendar file would create, shown before anything is: each event, its attendees found and not, those imported before. */
final class ImportPlanDialog extends TitleAreaDialog {

    private final Messages texts;
    private final CalendarImport plan;
    private final String file;

    ImportPlanDialog(Shell parent, Messages texts, CalendarImport plan, String file) {
        super(parent);
        this.texts = texts;
        this.plan = plan;
        this.file = file;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        getShell().setText(texts.get("import.title"));
        setTitle(texts.get("import.title"));
        setMessage(texts.get("import.plan", file, plan.toCreate().size(), plan.meetings().size() - plan.toCreate().size()));
        Composite area = (Composite) super.createDialogArea(parent);
        Table table = Tables.table(area, SWT.SINGLE, texts, "import.start", 150, "import.meeting", 260, "import.attendees", 90,
                "import.unknown", 240);
        GridDataFactory.fillDefaults().grab(true, true).hint(760, 320).applyTo(table);
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(texts.locale());
        Tables.fill(table, plan.meetings(), (PlannedMeeting m) -> new String[] {when.format(m.meeting().localStart()) + " ("
                + m.meeting().zone().getId() + ")", m.alreadyImported() ? texts.get("import.already", m.meeting().title()) : m.meeting().title(),
            Integer.toString(m.meeting().attendees().size()), String.join(", ", m.unknownEmails())});
        for (TableItem item : table.getItems()) {
            if (((PlannedMeeting) item.getData()).alreadyImported()) {
                item.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
            }
        }
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, texts.get("import.create", plan.toCreate().size()), true)
                .setEnabled(!plan.toCreate().isEmpty());
        createButton(parent, IDialogConstants.CANCEL_ID, texts.get("button.cancel"), false);
    }
}
