package org.liaison.contacts.ui.internal;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.liaison.contacts.SavedSearch;
import org.liaison.contacts.SavedSearches;
import org.liaison.core.i18n.Messages;
import org.liaison.ui.Dialogs;

/** The smart groups under the filters: choosing one shows its members. */
final class SmartGroupList {

    private final org.eclipse.swt.widgets.List list;
    private final SavedSearches searches;
    private List<SavedSearch> groups = List.of();

    SmartGroupList(Composite parent, Messages texts, SavedSearches searches, Consumer<SavedSearch> chosen) {
        this.searches = searches;
        new Label(parent, SWT.NONE).setText(texts.get("groups.title"));
        list = new org.eclipse.swt.widgets.List(parent, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 60).applyTo(list);
        list.addListener(SWT.Selection, e -> {
            int index = list.getSelectionIndex();
            if (index >= 0) {
                chosen.accept(groups.get(index));
            }
        });
        Button delete = new Button(parent, SWT.PUSH);
        delete.setText(texts.get("groups.delete"));
        delete.addListener(SWT.Selection, e -> {
            int index = list.getSelectionIndex();
            if (index >= 0 && Dialogs.confirm(parent.getShell(), texts.locale(), texts.get("groups.delete"),
                    texts.get("groups.deleteConfirm", groups.get(index).name()))) {
                searches.delete(groups.get(index).id());
                reload();
            }
        });
        reload();
    }

    void reload() {
        if (list.isDisposed()) {
            return;
        }
        groups = searches.all();
        list.setItems(groups.stream().map(SavedSearch::name).toArray(String[]::new));
    }
}
