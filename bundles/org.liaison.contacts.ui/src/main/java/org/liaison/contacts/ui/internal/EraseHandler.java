package org.liaison.contacts.ui.internal;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.liaison.contacts.ContactSummary;
import org.liaison.core.i18n.Messages;
import org.liaison.ui.Dialogs;

import jakarta.inject.Named;

/**
 * Contacts > Erase person: scrubs the one person chosen in the list on every desktop, after the
 * person using Liaison confirms it (it cannot be undone).
 */
public class EraseHandler {

    @CanExecute
    public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        return selection instanceof ContactSelection chosen && chosen.single(ContactSummary.Kind.PERSON).isPresent();
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SELECTION) ContactSelection selection, Shell shell,
            @Service ContactsServices services, @Named(TranslationService.LOCALE) Object locale) {
        ContactSummary person = selection.single(ContactSummary.Kind.PERSON).orElseThrow();
        Messages texts = ContactsTexts.in(locale);
        if (Dialogs.confirm(shell, texts.locale(), texts.get("erase.title"), texts.get("erase.confirm", person.name()))) {
            try {
                services.dataProtection().erase(person.id());
            } catch (RuntimeException e) { // nothing was erased (one transaction): said here, detailed in the log
                System.getLogger(EraseHandler.class.getName()).log(System.Logger.Level.ERROR, "Erasing a person failed", e);
                Dialogs.error(shell, texts.locale(), texts.get("erase.title"), texts.get("erase.failed", person.name()));
            }
        }
    }
}
