package org.liaison.niches.ui.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.liaison.core.i18n.Messages;

import jakarta.inject.Named;

/** Niches > New niche: the niche editor, then the new niche chosen in the Niches view. */
public class NewNicheHandler {

    @Execute
    public void execute(Shell shell, @Service NichesServices services, @Named(TranslationService.LOCALE) Object locale,
            MApplication application, EModelService models, EPartService parts) {
        Messages texts = NichesTexts.in(locale);
        NicheDialog dialog = new NicheDialog(shell, services, texts, null);
        if (dialog.open() == Window.OK && Views.show(NichesUi.NICHES_PART, application, models, parts) instanceof NichesPart view) {
            view.select(dialog.saved().id());
            view.refresh();
        }
    }
}
