package org.liaison.niches.ui.internal;

import java.util.UUID;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.liaison.niches.IntroductionStatus;

import jakarta.inject.Named;

/**
 * What Today cards and search results open: an introduction (or those with a status), a niche,
 * a need or offer, or the board of needs and offers, in the Niches area.
 */
public class ShowHandler {

    @Execute
    public void execute(@Optional @Named(NichesUi.INTRODUCTION_PARAMETER) String introduction,
            @Optional @Named(NichesUi.STATUS_PARAMETER) String status, @Optional @Named(NichesUi.NICHE_PARAMETER) String niche,
            @Optional @Named(NichesUi.KIND_PARAMETER) String board, @Optional @Named(NichesUi.NEED_OFFER_PARAMETER) String needOffer,
            MApplication application, EModelService models, EPartService parts) {
        if (needOffer != null && Views.show(NichesUi.NEEDS_PART, application, models, parts) instanceof NeedsOffersPart view) {
            view.show(UUID.fromString(needOffer));
        } else if (niche != null && Views.show(NichesUi.NICHES_PART, application, models, parts) instanceof NichesPart view) {
            view.select(UUID.fromString(niche));
        } else if (board != null && Views.show(NichesUi.NEEDS_PART, application, models, parts) instanceof NeedsOffersPart view) {
            view.showAll();
        } else if (Views.show(NichesUi.INTRODUCTIONS_PART, application, models, parts) instanceof IntroductionsPart view) {
            if (introduction != null) {
                view.show(UUID.fromString(introduction));
            } else {
                view.show(status == null ? null : IntroductionStatus.valueOf(status));
            }
        }
    }
}
