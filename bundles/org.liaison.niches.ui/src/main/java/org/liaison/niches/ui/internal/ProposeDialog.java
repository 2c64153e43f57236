package org.liaison.niches.ui.internal;

import java.time.LocalDate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.liaison.contacts.ui.ContactPicker;
import org.liaison.contacts.ContactSummary;
import org.liaison.core.i18n.Messages;
import org.liaison.core.validation.ValidationException;
import org.liaison.core.validation.ValidationProblem;
import org.liaison.niches.Introduction;
import org.liaison.ui.FormDialog;

/**
 * Proposing an introduction: the two members (chosen here, or filled in from a suggestion) and
 * the reason, which both will read when asked whether they accept.
 */
final class ProposeDialog extends FormDialog {

    private final NichesServices services;
    private final Messages texts;
    private final SuggestionChoice from;
    private ContactPicker first;
    private ContactPicker second;
    private Text reason;
    private Introduction proposed;

    /** @param from the suggestion it is proposed from, or {@code null} to choose both members here */
    ProposeDialog(Shell parent, NichesServices services, Messages texts, SuggestionChoice from) {
        super(parent, texts.locale());
        this.services = services;
        this.texts = texts;
        this.from = from;
    }

    Introduction proposed() {
        return proposed;
    }

    @Override
    protected String heading() {
        return texts.get("propose.title");
    }

    @Override
    protected String message() {
        return texts.get("propose.message");
    }

    @Override
    protected void fields(Composite form) {
        new Label(form, SWT.NONE).setText(texts.get("propose.first"));
        first = new ContactPicker(form, services.contacts(), texts.locale());
        register("first", first.search());
        new Label(form, SWT.NONE).setText(texts.get("propose.second"));
        second = new ContactPicker(form, services.contacts(), texts.locale());
        register("second", second.search());
        reason = text(form, texts.get("propose.reason"), "reason", SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        if (from != null) {
            first.choose(from.first());
            second.choose(from.second());
            reason.setText(String.join("; ", from.reasons()));
        }
    }

    @Override
    protected Control firstField() {
        return first.search();
    }

    @Override
    protected void save() {
        ContactSummary a = first.chosen();
        ContactSummary b = second.chosen();
        if (a == null || b == null) {
            throw new ValidationException(ValidationProblem.field(a == null ? "first" : "second", texts.get("propose.chooseBoth")));
        }
        // the suggestion's need, offer and niche belong to its pair only
        boolean suggested = from != null && a.id().equals(from.first().id()) && b.id().equals(from.second().id());
        proposed = services.introductions().propose(a.id(), b.id(), suggested ? from.niche() : null, suggested ? from.need() : null,
                suggested ? from.offer() : null, services.staff(), reason.getText(), LocalDate.now(), texts.locale());
    }
}
