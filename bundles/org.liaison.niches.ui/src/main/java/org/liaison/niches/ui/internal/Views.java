package org.liaison.niches.ui.internal;

import java.util.List;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.liaison.ui.Areas;

/** What the niches views share: tables, status lines, and showing a view from any area. */
final class Views {

    private Views() {
    }

    /** A table with a header, its columns named by text keys each followed by a width. */
    static Table table(Composite parent, int style, org.liaison.core.i18n.Messages texts, Object... columns) {
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
    static <T> void fill(Table table, List<T> items, java.util.function.Function<T, String[]> row) {
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

    /** A label for what a view is doing or found, across its width. */
    static Label status(Composite parent, int span) {
        Label status = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).span(span, 1).applyTo(status);
        return status;
    }

    /** Shows the niches area, then the view {@code partId} in it, activated, and gives back its object. */
    static Object show(String partId, MApplication application, EModelService models, EPartService parts) {
        return Areas.show(NichesUi.AREA, partId, application, models, parts).getObject();
    }
}
