package org.liaison.contacts.ui.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/** Contacts > Save as smart group: the list's words and filters, under a name. */
public class SaveGroupHandler {

    @Execute
    public void execute(MApplication application, EModelService models, EPartService parts) {
        ContactsListHandler.withList(application, models, parts, ContactsPart::saveGroup);
    }
}
