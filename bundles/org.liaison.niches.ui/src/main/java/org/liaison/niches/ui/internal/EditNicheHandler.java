package org.liaison.niches.ui.internal;

import org.eclipse.e4.core.di.annotations.CanExecute;
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

import jakarta.inject.Named;

/** Niches > Edit niche: the chosen niche's names, coordinator and rule. */
public class EditNicheHandler {

    @CanExecute
    public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        return selection instanceof NicheSelection;
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SELECTION) NicheSelection selection, Shell shell, @Service NichesServices services,
            @Named(TranslationService.LOCALE) Object locale, MApplication application, EModelService models, EPartService parts) {
        if (new NicheDialog(shell, services, NichesTexts.in(locale), selection.niche()).open() == Window.OK
                && Views.show(NichesUi.NICHES_PART, application, models, parts) instanceof NichesPart view) {
            view.refresh();
        }
    }
}
