package org.liaison.ui;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * The lists of the views: a table with translated column headings, filled with one row per item.
 *
 * @since 1.2
 */
public final class Tables {

    private Tables() {
    }

    /** A table with a header, its columns named by text keys each followed by a width. */
    public static Table table(Composite parent, int style, org.liaison.core.i18n.Messages texts, Object... columns) {
        Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | style);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (int i = 0; i < columns.length; i += 2) {
            TableColumn column = new TableColumn(table, SWT.NONE);
            column.setText(texts.get((String) columns[i]));
            column.setWidth((Integer) columns[i + 1]);
        }
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
        return table;
    }

    /** Fills {@code table} with one row per item, each row's data the item; the selection follows the items kept. */
    public static <T> void fill(Table table, List<T> items, java.util.function.Function<T, String[]> row) {
        Object chosen = table.getSelectionCount() == 1 ? table.getSelection()[0].getData() : null;
        table.setRedraw(false);
        table.removeAll();
        for (T item : items) {
            TableItem line = new TableItem(table, SWT.NONE);
            line.setText(row.apply(item));
            line.setData(item);
            if (item.equals(chosen)) {
                table.setSelection(line);
            }
        }
        table.setRedraw(true);
    }
}
