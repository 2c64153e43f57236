package org.liaison.campaigns.ui.internal;

import java.util.Locale;

import org.eclipse.core.runtime.ICoreRunnable;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.liaison.campaigns.Campaign;
import org.liaison.campaigns.CampaignStatus;
import org.liaison.core.i18n.Messages;
import org.liaison.core.i18n.SupportedLocales;
import org.liaison.core.validation.ValidationException;
import org.liaison.ui.Dialogs;

import jakarta.inject.Named;

/** Start, pause, resume or cancel the chosen campaign, in the background; starting and cancelling ask first. */
public class CampaignActionHandler {

    @CanExecute
    public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Campaign campaign,
            @Optional @Named(CampaignsUi.ACTION_PARAMETER) String action) {
        if (campaign == null || action == null) {
            return false;
        }
        return switch (action) {
            case "start" -> campaign.status() == CampaignStatus.DRAFT;
            case "pause" -> campaign.status() == CampaignStatus.SENDING || campaign.status() == CampaignStatus.SCHEDULED;
            case "resume" -> campaign.status() == CampaignStatus.PAUSED;
            case "cancel" -> !campaign.status().finished();
            default -> false;
        };
    }

    @Execute
    public void execute(Shell shell, @Named(IServiceConstants.ACTIVE_SELECTION) Campaign campaign,
            @Named(CampaignsUi.ACTION_PARAMETER) String action, @Service CampaignsServices services,
            @Named(TranslationService.LOCALE) Object chosen, EPartService parts) {
        Locale locale = SupportedLocales.chooseFor(chosen);
        Messages texts = CampaignsTexts.in(locale);
        if (action.equals("start") || action.equals("cancel")) {
            String question = texts.get(action + ".confirm", campaign.name());
            if (!Dialogs.confirm(shell, locale, texts.get("action." + action), question)) {
                return;
            }
        }
        // starting freezes the recipient list, a consent check per contact: never on the UI thread
        Display display = shell.getDisplay();
        Job.create(texts.get("job." + action, campaign.name()), (ICoreRunnable) monitor -> {
            try {
                switch (action) {
                    case "start" -> services.campaigns().start(campaign.id(), locale);
                    case "pause" -> services.campaigns().pause(campaign.id(), locale);
                    case "resume" -> services.campaigns().resume(campaign.id(), locale);
                    default -> services.campaigns().cancel(campaign.id(), locale);
                }
                display.asyncExec(() -> Views.refresh(parts));
            } catch (ValidationException e) {
                display.asyncExec(() -> {
                    Dialogs.error(shell, locale, texts.get("action." + action), String.join("\n",
                            e.problems().stream().map(p -> p.message()).toList()));
                    Views.refresh(parts);
                });
            }
        }).schedule();
    }
}
