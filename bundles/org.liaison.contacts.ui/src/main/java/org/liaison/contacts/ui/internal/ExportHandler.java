package org.liaison.contacts.ui.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/** Contacts > Export (Ctrl+E): the contacts the list shows, as CSV or vCard. */
public class ExportHandler {

    @Execute
    public void execute(EPartService parts) {
        ContactsListHandler.withList(parts, ContactsPart::export);
    }
}
