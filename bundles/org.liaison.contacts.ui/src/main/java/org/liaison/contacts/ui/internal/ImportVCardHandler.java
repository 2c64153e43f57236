package org.liaison.contacts.ui.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;

/** Contacts > Import vCard. */
public class ImportVCardHandler {

    @Execute
    public void execute(Shell shell, @Service ContactsServices services, @Named(TranslationService.LOCALE) Object locale) {
        new VCardImport(services, ContactsTexts.in(locale)).run(shell);
    }
}
