package org.liaison.contacts.ui.internal;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.liaison.core.i18n.Messages;

/** The pieces the tabs of a contact build their small forms from. */
final class TabParts {

    private TabParts() {
    }

    /** A line in red where a tab says why what was entered was refused. */
    static Label errorLine(Composite parent) {
        Label error = new Label(parent, SWT.WRAP);
        error.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_RED));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(error);
        return error;
    }

    /** A label and a text field beside it. */
    static Text labelledText(Composite form, Messages texts, String label) {
        new Label(form, SWT.NONE).setText(texts.get(label));
        Text text = new Text(form, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).hint(140, SWT.DEFAULT).applyTo(text);
        return text;
    }
}
