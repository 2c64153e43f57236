package org.liaison.contacts.ui.internal;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
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

    /**
     * A table with a header, filling its parent's width, {@code height} pixels tall at least.
     *
     * @param columns text keys of the column headers, each with its width after it
     */
    static Table table(Composite parent, Messages texts, int height, Object... columns) {
        Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        for (int i = 0; i < columns.length; i += 2) {
            TableColumn column = new TableColumn(table, SWT.NONE);
            column.setText(texts.get((String) columns[i]));
            column.setWidth((Integer) columns[i + 1]);
        }
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, height).applyTo(table);
        return table;
    }

    /** A label and a text field beside it. */
    static Text labelledText(Composite form, Messages texts, String label) {
        new Label(form, SWT.NONE).setText(texts.get(label));
        Text text = new Text(form, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).hint(140, SWT.DEFAULT).applyTo(text);
        return text;
    }
}
