package org.liaison.contacts.ui.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/** Contacts > Export (Ctrl+E): the contacts the list shows, as CSV or vCard. */
public class ExportHandler {

    @Execute
    public void execute(MApplication application, EModelService models, EPartService parts) {
        ContactsListHandler.withList(application, models, parts, ContactsPart::export);
    }
}
