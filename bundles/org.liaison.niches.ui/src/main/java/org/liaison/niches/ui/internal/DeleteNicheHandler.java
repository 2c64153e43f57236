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
import org.eclipse.swt.widgets.Shell;
import org.liaison.core.i18n.Messages;
import org.liaison.ui.Dialogs;

import jakarta.inject.Named;

/** Niches > Delete niche (Delete in the niches list): after confirmation; its introductions stay. */
public class DeleteNicheHandler {

    @CanExecute
    public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        return selection instanceof NicheSelection chosen && chosen.members().isEmpty();
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SELECTION) NicheSelection selection, Shell shell, @Service NichesServices services,
            @Named(TranslationService.LOCALE) Object locale, MApplication application, EModelService models, EPartService parts) {
        Messages texts = NichesTexts.in(locale);
        String name = selection.niche().name(texts.locale());
        if (Dialogs.confirm(shell, texts.locale(), texts.get("delete.title"), texts.get("delete.confirm", name))) {
            services.niches().delete(selection.niche().id());
            if (Views.show(NichesUi.NICHES_PART, application, models, parts) instanceof NichesPart view) {
                view.refresh();
            }
        }
    }
}
