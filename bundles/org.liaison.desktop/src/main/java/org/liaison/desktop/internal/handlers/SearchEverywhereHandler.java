package org.liaison.desktop.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.menu.MToolControl;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.liaison.desktop.internal.SearchField;

/** Ctrl+K: puts the keyboard in the search box of the window's top bar. */
public class SearchEverywhereHandler {

    static final String SEARCH_FIELD = "org.liaison.desktop.searchfield";

    @Execute
    public void execute(MApplication application, EModelService models) {
        if (models.find(SEARCH_FIELD, application) instanceof MToolControl control && control.getObject() instanceof SearchField field) {
            field.focus();
        }
    }
}
