package org.liaison.contacts.ui.internal;

import java.util.function.Consumer;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/** What the commands that act on the list (export, save as smart group, find) share: the list, shown. */
final class ContactsListHandler {

    private ContactsListHandler() {
    }

    static void withList(EPartService parts, Consumer<ContactsPart> action) {
        MPart part = parts.showPart(ContactCommands.CONTACTS_PART, PartState.ACTIVATE);
        if (part != null && part.getObject() instanceof ContactsPart list) {
            action.accept(list);
        }
    }
}
