package org.liaison.contacts.ui.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/** Ctrl+F in the contacts area: the keyboard to the list's search box. */
public class FindHandler {

    @Execute
    public void execute(MApplication application, EModelService models, EPartService parts) {
        ContactsListHandler.withList(application, models, parts, ContactsPart::focusSearch);
    }
}
