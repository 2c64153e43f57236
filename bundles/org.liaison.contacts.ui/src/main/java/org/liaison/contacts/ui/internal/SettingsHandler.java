package org.liaison.contacts.ui.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;

/** Contacts > Fields and segments. */
public class SettingsHandler {

    @Execute
    public void execute(Shell shell, @Service ContactsServices services, @Named(TranslationService.LOCALE) Object locale) {
        new ContactSettingsDialog(shell, services, ContactsTexts.in(locale)).open();
    }
}
