package org.liaison.contacts.ui.internal;

import java.util.UUID;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.liaison.contacts.ContactSummary;
import org.liaison.core.i18n.Messages;

import jakarta.inject.Named;

/**
 * Opens a person's or an organisation's editor: the one its parameter names (a Today card, a
 * search result), else the one chosen in the list.
 */
public class OpenContactHandler {

    /** The parameter's value for a contact. */
    public static String parameter(ContactSummary.Kind kind, UUID id) {
        return kind.name() + ":" + id;
    }

    @CanExecute
    public boolean canExecute(@Optional @Named(ContactCommands.CONTACT_PARAMETER) String contact,
            @Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        return contact != null || selection instanceof ContactSelection chosen && chosen.contacts().size() == 1;
    }

    @Execute
    public void execute(@Optional @Named(ContactCommands.CONTACT_PARAMETER) String contact,
            @Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection, Shell shell,
            @Service ContactsServices services, @Named(TranslationService.LOCALE) Object locale) {
        ContactSummary.Kind kind;
        UUID id;
        if (contact != null) {
            int colon = contact.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("a contact is named KIND:id, not " + contact);
            }
            kind = ContactSummary.Kind.valueOf(contact.substring(0, colon));
            id = UUID.fromString(contact.substring(colon + 1));
        } else if (selection instanceof ContactSelection chosen && chosen.contacts().size() == 1) {
            kind = chosen.contacts().get(0).kind();
            id = chosen.contacts().get(0).id();
        } else {
            return;
        }
        Messages texts = ContactsTexts.in(locale);
        if (!ContactEditors.open(shell, services, texts, kind, id)) {
            org.liaison.ui.Dialogs.inform(shell, texts.locale(), texts.get("open.title"), texts.get("open.gone"));
        }
    }
}
