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

import jakarta.inject.Named;

/**
 * Propose introduction: of the pair of the suggestion chosen, its reasons as the reason; with no
 * suggestion chosen, of two members chosen in the dialog. The introduction is then shown.
 */
public class ProposeHandler {

    @Execute
    public void execute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection, Shell shell, @Service NichesServices services,
            @Named(TranslationService.LOCALE) Object locale, MApplication application, EModelService models, EPartService parts) {
        ProposeDialog dialog = new ProposeDialog(shell, services, NichesTexts.in(locale),
                selection instanceof SuggestionChoice choice ? choice : null);
        if (dialog.open() != Window.OK) {
            return;
        }
        if (selection instanceof SuggestionChoice && parts.findPart(NichesUi.SUGGESTIONS_PART) != null
                && parts.findPart(NichesUi.SUGGESTIONS_PART).getObject() instanceof SuggestionsPart suggestions) {
            suggestions.refresh();
        }
        if (Views.show(NichesUi.INTRODUCTIONS_PART, application, models, parts) instanceof IntroductionsPart introductions) {
            introductions.show(dialog.proposed().id());
        }
    }
}
