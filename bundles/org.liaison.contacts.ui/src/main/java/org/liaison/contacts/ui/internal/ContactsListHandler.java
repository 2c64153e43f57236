package org.liaison.contacts.ui.internal;

import java.util.function.Consumer;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.liaison.ui.Areas;

/**
 * What the commands acting on a contacts view share: the Contacts area shown (they may be run from
 * any area), then the view, activated.
 */
final class ContactsListHandler {

    private ContactsListHandler() {
    }

    static MPart show(String partId, MApplication application, EModelService models, EPartService parts) {
        return Areas.show(ContactCommands.AREA, partId, application, models, parts);
    }

    static void withList(MApplication application, EModelService models, EPartService parts, Consumer<ContactsPart> action) {
        if (show(ContactCommands.CONTACTS_PART, application, models, parts).getObject() instanceof ContactsPart list) {
            action.accept(list);
        }
    }
}
