package org.liaison.desktop.internal;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.liaison.core.i18n.Messages;
import org.liaison.workbench.Entry;

/**
 * The list that opens under the search box: a heading per area, its results below it. The
 * keyboard stays in the box; the arrows move among results (headings are skipped).
 */
final class SearchResults {

    /** One area's results, or why that area could not be searched. */
    record Group(String title, List<Entry> entries, String failure) {
        Group(String title, List<Entry> entries) {
            this(title, entries, null);
        }
    }

    private static final int VISIBLE_ROWS = 18;

    private final Text box;
    private final Messages texts;
    private final Consumer<Entry> opener;
    private Shell popup;
    private Table table;

    SearchResults(Text box, Messages texts, Consumer<Entry> opener) {
        this.box = box;
        this.texts = texts;
        this.opener = opener;
        box.addListener(SWT.Dispose, e -> close());
        // the list belongs to the box: it goes when the keyboard or the window leaves it
        box.addListener(SWT.FocusOut, e -> box.getDisplay().asyncExec(this::closeUnlessInUse));
        box.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
                close();
            }
        });
        Shell window = box.getShell();
        window.addListener(SWT.Deactivate, e -> box.getDisplay().asyncExec(this::closeUnlessInUse));
        window.addListener(SWT.Move, e -> close());
        window.addListener(SWT.Resize, e -> close());
    }

    /** Closes the list unless the person is in it (a click on a result takes the focus there first). */
    private void closeUnlessInUse() {
        if (showing() && !box.isDisposed() && box.getDisplay().getActiveShell() != popup && !box.isFocusControl()) {
            close();
        }
    }

    void show(List<Group> groups) {
        if (popup == null || popup.isDisposed()) {
            popup = new Shell(box.getShell(), SWT.ON_TOP | SWT.TOOL | SWT.BORDER);
            popup.setLayout(new FillLayout());
            table = new Table(popup, SWT.SINGLE | SWT.FULL_SELECTION);
            new TableColumn(table, SWT.NONE);
            new TableColumn(table, SWT.NONE);
            table.addListener(SWT.DefaultSelection, e -> openChosen());
            table.addListener(SWT.MouseUp, e -> { // one click on a result opens it; a heading opens nothing
                TableItem item = table.getItem(new org.eclipse.swt.graphics.Point(e.x, e.y));
                if (e.button == 1 && item != null && item.getData() instanceof Entry) {
                    table.setSelection(item);
                    openChosen();
                }
            });
        }
        table.removeAll();
        if (groups.isEmpty()) {
            heading(texts.get("search.none"));
        }
        for (Group group : groups) {
            heading(group.title());
            if (group.failure() != null) {
                new TableItem(table, SWT.NONE).setText(0, "    " + group.failure());
            }
            for (Entry entry : group.entries()) {
                TableItem item = new TableItem(table, SWT.NONE);
                item.setText(new String[] { "    " + entry.text(), entry.detail() });
                item.setData(entry);
            }
        }
        for (TableColumn column : table.getColumns()) {
            column.pack();
        }
        Rectangle field = box.getDisplay().map(box.getParent(), null, box.getBounds());
        int rows = Math.min(VISIBLE_ROWS, table.getItemCount());
        Point size = table.computeSize(SWT.DEFAULT, SWT.DEFAULT);
        int width = Math.max(field.width, Math.min(size.x + 24, 720));
        popup.setBounds(field.x + field.width - width, field.y + field.height + 2, width, rows * table.getItemHeight() + 8);
        popup.setVisible(true);
        move(1);
    }

    private void heading(String title) {
        TableItem item = new TableItem(table, SWT.NONE);
        item.setText(title);
        item.setFont(JFaceResources.getBannerFont());
        item.setForeground(box.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
    }

    boolean showing() {
        return popup != null && !popup.isDisposed() && popup.isVisible();
    }

    /** The results listed now, in order (headings left out). */
    List<Entry> entries() {
        if (!showing()) {
            return List.of();
        }
        return java.util.Arrays.stream(table.getItems()).map(TableItem::getData).filter(Entry.class::isInstance)
                .map(Entry.class::cast).toList();
    }

    /** The rows as shown, headings included (for tests and pictures). */
    List<String> rows() {
        return showing() ? java.util.Arrays.stream(table.getItems()).map(i -> i.getText(0).strip()).toList() : List.of();
    }

    /** Chooses the next ({@code +1}) or previous ({@code -1}) result, skipping headings. */
    void move(int step) {
        if (!showing()) {
            return;
        }
        int count = table.getItemCount();
        int index = table.getSelectionIndex();
        for (int i = 0; i < count; i++) {
            index = Math.floorMod(index + step, count);
            if (table.getItem(index).getData() instanceof Entry) {
                table.setSelection(index);
                return;
            }
        }
    }

    void openChosen() {
        if (!showing() || table.getSelectionIndex() < 0) {
            return;
        }
        if (table.getItem(table.getSelectionIndex()).getData() instanceof Entry entry) {
            close();
            opener.accept(entry);
        }
    }

    void close() {
        if (popup != null && !popup.isDisposed()) {
            popup.dispose();
        }
        popup = null;
    }
}
