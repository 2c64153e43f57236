package org.liaison.meetings.ui.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.liaison.contacts.Barrier;
import org.liaison.core.i18n.Messages;
import org.liaison.core.validation.ValidationException;
import org.liaison.meetings.Attendee;
import org.liaison.meetings.Meeting;
import org.liaison.meetings.interview.Interview;
import org.liaison.meetings.interview.InterviewTemplate;
import org.liaison.meetings.interview.ProfileChanges;
import org.liaison.meetings.interview.Question;
import org.liaison.ui.Dialogs;
import org.liaison.ui.FormDialog;

/**
 * The needs-assessment form: the person interviewed, the template's questions with their answers.
 * Saving keeps the answers with the meeting; Confirm shows what the profile and the niches' board
 * will get, and only then changes them. A confirmed interview is shown, no longer changed.
 */
final class InterviewDialog extends FormDialog {

    static final int CONFIRM_ID = IDialogConstants.CLIENT_ID + 1;

    private final MeetingsServices services;
    private final Messages texts;
    private final Meeting meeting;
    private final Interview before;
    private final List<UUID> people = new ArrayList<>();
    private InterviewTemplate template;
    private Combo person;
    private final Map<String, Control> answers = new HashMap<>();

    InterviewDialog(Shell parent, MeetingsServices services, Messages texts, Meeting meeting) {
        super(parent, texts.locale());
        this.services = services;
        this.texts = texts;
        this.meeting = meeting;
        this.before = services.interviews().find(meeting.id()).orElse(null);
        List<InterviewTemplate> templates = services.interviews().templates();
        this.template = before == null ? templates.get(0)
                : templates.stream().filter(t -> t.id().equals(before.templateId())).findFirst().orElse(templates.get(0));
    }

    @Override
    protected String heading() {
        return template.title(texts.locale());
    }

    @Override
    protected String message() {
        if (before != null && before.confirmed()) {
            return texts.get("interview.confirmedBy", before.confirmedBy());
        }
        return texts.get("interview.message", meeting.title());
    }

    @Override
    protected void fields(Composite form) {
        new Label(form, SWT.NONE).setText(texts.get("interview.person"));
        person = new Combo(form, SWT.READ_ONLY);
        var names = services.profiles().summaries(meeting.attendees().stream().map(Attendee::contactId).toList());
        for (Attendee attendee : meeting.attendees()) {
            people.add(attendee.contactId());
            person.add(names.containsKey(attendee.contactId()) ? names.get(attendee.contactId()).name() : "?");
        }
        person.select(before == null ? 0 : Math.max(0, people.indexOf(before.contactId())));
        register("contact", person);
        GridDataFactory.fillDefaults().indent(8, 0).applyTo(person);

        ScrolledComposite scroll = new ScrolledComposite(form, SWT.V_SCROLL | SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(620, 420).applyTo(scroll);
        Composite questions = new Composite(scroll, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(1).applyTo(questions);
        boolean locked = before != null && before.confirmed();
        for (Question question : template.questions()) {
            Label label = new Label(questions, SWT.WRAP);
            label.setText(question.label(texts.locale()));
            GridDataFactory.fillDefaults().grab(true, false).hint(580, SWT.DEFAULT).applyTo(label);
            String given = before == null ? "" : before.answers().getOrDefault(question.id(), "");
            Control answer;
            if (question.choices().isEmpty()) {
                Text text = new Text(questions, SWT.BORDER | SWT.MULTI | SWT.WRAP);
                text.setText(given);
                text.setEditable(!locked);
                GridDataFactory.fillDefaults().grab(true, false).hint(580, 40).applyTo(text);
                answer = text;
            } else {
                Combo choice = new Combo(questions, SWT.READ_ONLY);
                choice.add("");
                for (String each : question.choices()) {
                    choice.add(texts.get("choice." + each));
                }
                choice.select(given.isEmpty() ? 0 : question.choices().indexOf(given) + 1);
                choice.setEnabled(!locked);
                answer = choice;
            }
            register(question.id(), answer);
            answers.put(question.id(), answer);
        }
        scroll.setContent(questions);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        scroll.setMinSize(questions.computeSize(600, SWT.DEFAULT));
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        boolean locked = before != null && before.confirmed();
        if (!locked) {
            createButton(parent, CONFIRM_ID, texts.get("interview.confirm"), false);
        }
        super.createButtonsForButtonBar(parent);
        getButton(IDialogConstants.OK_ID).setEnabled(!locked);
    }

    @Override
    protected void buttonPressed(int id) {
        if (id == CONFIRM_ID) {
            okPressed();
            if (getReturnCode() == OK) {
                confirm();
            }
        } else {
            super.buttonPressed(id);
        }
    }

    /** After the answers are saved: what will change, asked, then done. */
    private void confirm() {
        Shell parent = getParentShell();
        ProfileChanges changes = services.interviews().preview(meeting.id(), texts.locale());
        StringBuilder what = new StringBuilder();
        if (changes.readinessAfter() != changes.readinessBefore()) {
            what.append(texts.get("interview.readiness", texts.get("readiness." + changes.readinessBefore().name()),
                    texts.get("readiness." + changes.readinessAfter().name()))).append('\n');
        }
        for (Barrier barrier : changes.barriersAdded()) {
            what.append(texts.get("interview.barrier", texts.get("barrier." + barrier.kind().name()), barrier.note())).append('\n');
        }
        changes.followOns().forEach(line -> what.append(line).append('\n'));
        if (what.length() == 0) {
            what.append(texts.get("interview.nothing"));
        }
        if (Dialogs.confirm(parent, texts.locale(), texts.get("interview.confirm.title"), texts.get("interview.confirm.question", what))) {
            try {
                services.interviews().confirm(meeting.id(), services.staff(), texts.locale());
            } catch (ValidationException refused) {
                Dialogs.error(parent, texts.locale(), texts.get("interview.confirm.title"), ProblemLines.of(refused, texts));
            }
        }
    }

    @Override
    protected Control firstField() {
        return person;
    }

    @Override
    protected void save() {
        Map<String, String> given = new HashMap<>();
        for (Question question : template.questions()) {
            Control answer = answers.get(question.id());
            if (answer instanceof Text text) {
                given.put(question.id(), text.getText());
            } else if (answer instanceof Combo choice && choice.getSelectionIndex() > 0) {
                given.put(question.id(), question.choices().get(choice.getSelectionIndex() - 1));
            }
        }
        services.interviews().save(meeting.id(), people.isEmpty() ? null : people.get(person.getSelectionIndex()), template.id(), given,
                texts.locale());
    }
}
