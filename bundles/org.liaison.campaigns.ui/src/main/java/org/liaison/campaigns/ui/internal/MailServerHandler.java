package org.liaison.campaigns.ui.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.swt.widgets.Shell;
import org.liaison.core.i18n.SupportedLocales;

import jakarta.inject.Named;

/** Opens the mail server settings. */
public class MailServerHandler {

    @Execute
    public void execute(Shell shell, @Service CampaignsServices services, @Named(TranslationService.LOCALE) Object locale) {
        new MailServerDialog(shell, SupportedLocales.chooseFor(locale), services).open();
    }
}
