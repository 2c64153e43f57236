package org.liaison.niches.ui.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.liaison.niches.NeedOffer;

import jakarta.inject.Named;

/** New need, New offer: for the member chosen in a niche's list when there is one, else for a member chosen in the dialog. */
public class NewNeedOfferHandler {

    @Execute
    public void execute(@Named(NichesUi.KIND_PARAMETER) String kind, @Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection,
            Shell shell, @Service NichesServices services, @Named(TranslationService.LOCALE) Object locale, MApplication application,
            EModelService models, EPartService parts) {
        NeedOfferDialog dialog = new NeedOfferDialog(shell, services, NichesTexts.in(locale), NeedOffer.Kind.valueOf(kind));
        dialog.create();
        if (selection instanceof NicheSelection chosen && chosen.members().size() == 1) {
            dialog.owner(chosen.members().get(0).contact());
        }
        if (dialog.open() == Window.OK && Views.show(NichesUi.NEEDS_PART, application, models, parts) instanceof NeedsOffersPart view) {
            view.showOpen();
        }
    }
}
