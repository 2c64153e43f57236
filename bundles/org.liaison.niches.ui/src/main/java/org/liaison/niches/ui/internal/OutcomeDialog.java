package org.liaison.niches.ui.internal;

import java.time.LocalDate;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.liaison.core.i18n.Messages;
import org.liaison.core.money.Money;
import org.liaison.niches.Introduction;
import org.liaison.niches.Outcome;
import org.liaison.niches.OutcomeKind;
import org.liaison.ui.FormDialog;

/** What an introduction brought: its kind, the estimated value in pounds or euros, jobs created or kept, a note. */
final class OutcomeDialog extends FormDialog {

    private final NichesServices services;
    private final Messages texts;
    private final Introduction introduction;
    private final String pair;
    private Combo kind;
    private Text value;
    private Spinner jobs;
    private Text note;

    OutcomeDialog(Shell parent, NichesServices services, Messages texts, Introduction introduction, String pair) {
        super(parent, texts.locale());
        this.services = services;
        this.texts = texts;
        this.introduction = introduction;
        this.pair = pair;
    }

    @Override
    protected String heading() {
        return texts.get("outcome.title");
    }

    @Override
    protected String message() {
        return texts.get("outcome.message", pair);
    }

    @Override
    protected void fields(Composite form) {
        new Label(form, SWT.NONE).setText(texts.get("outcome.kind"));
        kind = new Combo(form, SWT.READ_ONLY);
        for (OutcomeKind k : OutcomeKind.values()) {
            kind.add(texts.get("outcome." + k.name()));
        }
        kind.select(0);
        GridDataFactory.fillDefaults().grab(true, false).indent(8, 0).applyTo(kind);
        register("kind", kind);
        value = text(form, texts.get("outcome.value"), "value", SWT.NONE);
        value.setMessage(texts.get("outcome.value.hint"));
        new Label(form, SWT.NONE).setText(texts.get("outcome.jobs"));
        jobs = new Spinner(form, SWT.BORDER);
        jobs.setValues(0, 0, 10_000, 0, 1, 10);
        GridDataFactory.fillDefaults().indent(8, 0).applyTo(jobs);
        register("jobs", jobs);
        note = text(form, texts.get("outcome.note"), "note", SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
    }

    @Override
    protected Control firstField() {
        return value;
    }

    @Override
    protected void save() {
        Money estimated = value.getText().isBlank() ? null : Money.parse(value.getText(), "value", texts.locale());
        services.introductions().record(new Outcome(null, introduction.id(), OutcomeKind.values()[kind.getSelectionIndex()], estimated,
                jobs.getSelection(), LocalDate.now(), services.staff(), note.getText()), texts.locale());
    }
}
