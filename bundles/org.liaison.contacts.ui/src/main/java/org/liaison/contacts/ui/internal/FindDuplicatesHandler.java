package org.liaison.contacts.ui.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/** Contacts > Find duplicates (Ctrl+Shift+D): the Duplicates view, scanning. */
public class FindDuplicatesHandler {

    @Execute
    public void execute(MApplication application, EModelService models, EPartService parts) {
        if (ContactsListHandler.show(ContactCommands.DUPLICATES_PART, application, models, parts).getObject() instanceof DuplicatesPart duplicates) {
            duplicates.scan();
        }
    }
}
