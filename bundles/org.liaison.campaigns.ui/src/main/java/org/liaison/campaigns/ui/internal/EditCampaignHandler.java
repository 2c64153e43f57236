package org.liaison.campaigns.ui.internal;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Shell;
import org.liaison.campaigns.Campaign;
import org.liaison.core.i18n.SupportedLocales;

import jakarta.inject.Named;

/** Opens the chosen campaign: its settings, audience and mails (read only once it has started sending). */
public class EditCampaignHandler {

    @CanExecute
    public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Campaign campaign) {
        return campaign != null;
    }

    @Execute
    public void execute(Shell shell, @Named(IServiceConstants.ACTIVE_SELECTION) Campaign campaign,
            @Service CampaignsServices services, @Named(TranslationService.LOCALE) Object locale, EPartService parts) {
        Campaign current = services.campaigns().find(campaign.id()).orElse(campaign);
        new CampaignDialog(shell, SupportedLocales.chooseFor(locale), services, current).open();
        Views.refresh(parts);
    }
}
