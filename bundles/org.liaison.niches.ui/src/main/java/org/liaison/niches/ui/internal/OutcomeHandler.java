package org.liaison.niches.ui.internal;

import java.util.List;

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
import org.liaison.niches.FollowUp;
import org.liaison.niches.Introduction;

import jakarta.inject.Named;

/** Record outcome: for the introduction chosen (or the one a chosen follow-up is about), once both sides accepted. */
public class OutcomeHandler {

    static Introduction introduction(Object selection) {
        return selection instanceof Introduction introduction ? introduction
                : selection instanceof FollowUp followUp ? followUp.introduction() : null;
    }

    @CanExecute
    public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        Introduction introduction = introduction(selection);
        return introduction != null && introduction.acceptedOn() != null;
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SELECTION) Object selection, Shell shell, @Service NichesServices services,
            @Named(TranslationService.LOCALE) Object locale, MApplication application, EModelService models, EPartService parts) {
        Introduction introduction = introduction(selection);
        var names = services.profiles().summaries(List.of(introduction.first(), introduction.second()));
        String pair = (names.containsKey(introduction.first()) ? names.get(introduction.first()).name() : "?") + " \u2194 "
                + (names.containsKey(introduction.second()) ? names.get(introduction.second()).name() : "?");
        if (new OutcomeDialog(shell, services, NichesTexts.in(locale), introduction, pair).open() == Window.OK
                && Views.show(NichesUi.INTRODUCTIONS_PART, application, models, parts) instanceof IntroductionsPart view) {
            view.refresh();
        }
    }
}
