package org.liaison.campaigns.ui.internal;

import java.util.Locale;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.liaison.campaigns.Campaign;
import org.liaison.core.i18n.Messages;
import org.liaison.core.i18n.SupportedLocales;
import org.liaison.core.validation.ValidationException;
import org.liaison.ui.Dialogs;

import jakarta.inject.Named;

/** Sends the chosen campaign's mail, in the desktop's language, to an address the person gives (their own). */
public class TestSendHandler {

    @CanExecute
    public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Campaign campaign) {
        return campaign != null;
    }

    @Execute
    public void execute(Shell shell, @Named(IServiceConstants.ACTIVE_SELECTION) Campaign campaign,
            @Service CampaignsServices services, @Named(TranslationService.LOCALE) Object chosen) {
        Locale locale = SupportedLocales.chooseFor(chosen);
        Messages texts = CampaignsTexts.in(locale);
        String address = Dialogs.ask(shell, locale, texts.get("action.testSend"), texts.get("testSend.address"), "");
        if (address == null) {
            return;
        }
        String language = services.campaigns().templates(campaign.id()).stream().map(t -> t.language())
                .filter(l -> l.equals(locale.getLanguage())).findFirst().orElse(campaign.defaultLanguage());
        try {
            String reply = services.campaigns().sendTest(campaign.id(), language, null, address, locale);
            Dialogs.inform(shell, locale, texts.get("action.testSend"), texts.get("testSend.sent", address, reply));
        } catch (ValidationException e) {
            Dialogs.error(shell, locale, texts.get("action.testSend"), String.join("\n",
                    e.problems().stream().map(p -> p.message()).toList()));
        }
    }
}
