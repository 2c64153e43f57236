package org.liaison.contacts.ui.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.swt.widgets.Shell;
import org.liaison.core.i18n.Messages;
import org.liaison.ui.Dialogs;

import jakarta.inject.Named;

/** Contacts > Import (Ctrl+I): the import wizard, from file to review. */
public class ImportHandler {

    @Execute
    public void execute(Shell shell, @Service ContactsServices services, @Named(TranslationService.LOCALE) Object locale) {
        Messages texts = ContactsTexts.in(locale);
        Dialogs.wizard(shell, texts.locale(), new ImportWizard(services, texts), texts.get("button.finish")).open();
    }
}
