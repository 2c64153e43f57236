package org.liaison.contacts.ui.internal;

import java.util.UUID;

import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.liaison.contacts.ContactSummary;
import org.liaison.core.i18n.Messages;

/** Opens a person's or an organisation's editor, when the contact is still recorded. */
final class ContactEditors {

    private ContactEditors() {
    }

    /**
     * The editor of the contact, opened; {@code false} when it is no longer recorded (merged,
     * erased, or removed by a colleague since it was listed), which the caller tells the person.
     */
    static boolean open(Shell shell, ContactsServices services, Messages texts, ContactSummary.Kind kind, UUID id) {
        boolean person = kind == ContactSummary.Kind.PERSON;
        if (person ? services.contacts().person(id).isEmpty() : services.contacts().organisation(id).isEmpty()) {
            return false;
        }
        Window editor = person ? new PersonDialog(shell, services, texts, id) : new OrganisationDialog(shell, services, texts, id);
        editor.open();
        return true;
    }
}
