package org.liaison.campaigns.ui.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.liaison.core.i18n.SupportedLocales;

import jakarta.inject.Named;

/** Starts a campaign: its settings first; audience and mails follow in the same dialog once it is saved. */
public class NewCampaignHandler {

    @Execute
    public void execute(Shell shell, @Service CampaignsServices services, @Named(TranslationService.LOCALE) Object locale,
            EPartService parts) {
        CampaignDialog dialog = new CampaignDialog(shell, SupportedLocales.chooseFor(locale), services, null);
        if (dialog.open() == Window.OK) {
            Views.refresh(parts);
            CampaignDialog more = new CampaignDialog(shell, SupportedLocales.chooseFor(locale), services, dialog.saved());
            more.open();
            Views.refresh(parts);
        }
    }
}
