package org.liaison.ui;

import java.util.Locale;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.liaison.core.validation.ValidationException;

/**
 * A form in a dialog: fields whose problems are marked beside them, Save and Cancel in the
 * application's language, and Save that keeps the dialog open (nothing saved) while a field is
 * wrong.
 *
 * @since 1.1
 */
public abstract class FormDialog extends TitleAreaDialog {

    protected final Locale locale;
    private final FormErrors errors = new FormErrors();

    protected FormDialog(Shell parent, Locale locale) {
        super(parent);
        this.locale = locale;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    protected abstract String heading();

    protected abstract String message();

    /** Builds the fields in {@code form}, a grid of two columns (label, field). */
    protected abstract void fields(Composite form);

    /** The field to mark when a problem names none. */
    protected abstract Control firstField();

    /** Saves what the fields hold, or throws the {@link ValidationException} that says what is wrong. */
    protected abstract void save();

    @Override
    protected Control createDialogArea(Composite parent) {
        getShell().setText(heading());
        setTitle(heading());
        setMessage(message());
        Composite area = (Composite) super.createDialogArea(parent);
        Composite form = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).spacing(12, 6).applyTo(form);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
        fields(form);
        return area;
    }

    /** A label and a text field ({@code style} added to a border) whose problems, reported under {@code field}, are marked beside it. */
    protected Text text(Composite form, String label, String field, int style) {
        Label caption = new Label(form, SWT.NONE);
        caption.setText(label);
        GridDataFactory.fillDefaults().align(SWT.FILL, (style & SWT.MULTI) != 0 ? SWT.TOP : SWT.CENTER).applyTo(caption);
        Text text = new Text(form, SWT.BORDER | style);
        GridDataFactory.fillDefaults().grab(true, false).hint(320, (style & SWT.MULTI) != 0 ? 48 : SWT.DEFAULT).indent(8, 0)
                .applyTo(text);
        errors.register(field, text);
        return text;
    }

    /** Marks {@code control} as where the problems reported under {@code field} are shown. */
    protected void register(String field, Control control) {
        errors.register(field, control);
    }

    public FormErrors errors() {
        return errors;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        var texts = SupportTexts.in(locale);
        createButton(parent, IDialogConstants.OK_ID, texts.get("button.save"), true);
        createButton(parent, IDialogConstants.CANCEL_ID, texts.get("button.cancel"), false);
    }

    @Override
    protected void okPressed() {
        errors.clear();
        setErrorMessage(null);
        try {
            save();
            super.okPressed();
        } catch (ValidationException e) {
            setErrorMessage(errors.show(e, firstField()));
        } catch (RuntimeException e) { // nothing was saved: said in words, detailed in the log
            System.getLogger(getClass().getName()).log(System.Logger.Level.ERROR, "Saving " + heading() + " failed", e);
            setErrorMessage(SupportTexts.in(locale).get("save.failed"));
        }
    }

    /** The field's text, or {@code null} when it is blank. */
    protected static String blank(Text text) {
        return text.getText().isBlank() ? null : text.getText().strip();
    }
}
