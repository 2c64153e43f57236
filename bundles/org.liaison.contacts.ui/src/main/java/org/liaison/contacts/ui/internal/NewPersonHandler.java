package org.liaison.contacts.ui.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;

/** Contacts > New person (Ctrl+N). The list follows by itself once the person is saved. */
public class NewPersonHandler {

    @Execute
    public void execute(Shell shell, @Service ContactsServices services, @Named(TranslationService.LOCALE) Object locale) {
        new PersonDialog(shell, services, ContactsTexts.in(locale), null).open();
    }
}
