package org.liaison.contacts.ui.internal;

import java.nio.file.Path;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.liaison.core.i18n.Messages;
import org.liaison.ui.Dialogs;

import jakarta.inject.Named;

/** Contacts > Import vCard: the import wizard with the chosen vCard file, its cards checked and reviewed like rows. */
public class ImportVCardHandler {

    @Execute
    public void execute(Shell shell, @Service ContactsServices services, @Named(TranslationService.LOCALE) Object locale) {
        Messages texts = ContactsTexts.in(locale);
        FileDialog dialog = new FileDialog(shell, SWT.OPEN);
        dialog.setFilterExtensions(new String[] { "*.vcf;*.vcard", "*" });
        String chosen = dialog.open();
        if (chosen != null) {
            Dialogs.wizard(shell, texts.locale(), new ImportWizard(services, texts, Path.of(chosen)), texts.get("button.finish")).open();
        }
    }
}
