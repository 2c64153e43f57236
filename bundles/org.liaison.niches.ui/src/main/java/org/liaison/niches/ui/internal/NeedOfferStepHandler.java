package org.liaison.niches.ui.internal;

import java.time.LocalDate;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Shell;
import org.liaison.core.i18n.Messages;
import org.liaison.niches.NeedOffer;
import org.liaison.niches.NeedOfferStatus;

import jakarta.inject.Named;

/** Renew for six months, Mark matched, Close: acts on the need or offer chosen on the board. */
public class NeedOfferStepHandler {

    static final String RENEW = "RENEW";
    static final int RENEW_MONTHS = 6;

    @CanExecute
    public boolean canExecute(@Optional @Named(NichesUi.STEP_PARAMETER) String step,
            @Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        if (!(selection instanceof NeedOffer item) || step == null) {
            return false;
        }
        NeedOfferStatus now = item.statusOn(LocalDate.now());
        if (RENEW.equals(step)) {
            return now != NeedOfferStatus.CLOSED;
        }
        NeedOfferStatus wanted = NeedOfferStatus.valueOf(step);
        // past its date it opens again only by renewing
        return now != wanted && !(wanted == NeedOfferStatus.OPEN && now == NeedOfferStatus.EXPIRED);
    }

    @Execute
    public void execute(@Named(NichesUi.STEP_PARAMETER) String step, @Named(IServiceConstants.ACTIVE_SELECTION) NeedOffer item, Shell shell,
            @Service NichesServices services, @Named(TranslationService.LOCALE) Object locale, MApplication application,
            EModelService models, EPartService parts) {
        Messages texts = NichesTexts.in(locale);
        LocalDate today = LocalDate.now();
        Steps.run(shell, texts, texts.get("needOffer.title"), () -> {
            if (RENEW.equals(step)) {
                services.needsOffers().renew(item.id(), today.plusMonths(RENEW_MONTHS), today, texts.locale());
            } else {
                services.needsOffers().changeStatus(item.id(), NeedOfferStatus.valueOf(step), texts.locale());
            }
        });
        if (Views.show(NichesUi.NEEDS_PART, application, models, parts) instanceof NeedsOffersPart view) {
            view.refresh();
        }
    }
}
