package org.liaison.meetings.ui.internal;

import java.time.Instant;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.liaison.contacts.ui.ContactPicker;
import org.liaison.core.i18n.Messages;
import org.liaison.core.validation.ValidationException;
import org.liaison.core.validation.ValidationProblem;
import org.liaison.meetings.Meeting;
import org.liaison.meetings.NetworkEvents.Registration;
import org.liaison.ui.FormDialog;

/** Registers a contact for an event, as of now: past the capacity, on the waiting list. */
final class RegisterDialog extends FormDialog {

    private final MeetingsServices services;
    private final Messages texts;
    private final Meeting event;
    private ContactPicker picker;
    private Registration registration;

    RegisterDialog(Shell parent, MeetingsServices services, Messages texts, Meeting event) {
        super(parent, texts.locale());
        this.services = services;
        this.texts = texts;
        this.event = event;
    }

    Registration registration() {
        return registration;
    }

    @Override
    protected String heading() {
        return texts.get("register.title");
    }

    @Override
    protected String message() {
        return texts.get("register.message", event.title());
    }

    @Override
    protected void fields(Composite form) {
        new Label(form, SWT.NONE).setText(texts.get("register.who"));
        picker = new ContactPicker(form, services.contacts(), texts.locale());
        register("contact", picker.search());
    }

    @Override
    protected Control firstField() {
        return picker.search();
    }

    @Override
    protected void save() {
        if (picker.chosen() == null) {
            throw new ValidationException(ValidationProblem.field("contact", texts.get("register.choose")));
        }
        registration = services.events().register(event.id(), picker.chosen().id(), Instant.now(), texts.locale());
    }
}
