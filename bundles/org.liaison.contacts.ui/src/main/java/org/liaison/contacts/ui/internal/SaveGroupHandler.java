package org.liaison.contacts.ui.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/** Contacts > Save as smart group: the list's words and filters, under a name. */
public class SaveGroupHandler {

    @Execute
    public void execute(EPartService parts) {
        ContactsListHandler.withList(parts, ContactsPart::saveGroup);
    }
}
