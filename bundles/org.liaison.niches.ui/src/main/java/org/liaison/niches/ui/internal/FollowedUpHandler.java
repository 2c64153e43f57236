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
import org.liaison.niches.FollowUp;

import jakarta.inject.Named;

/** Mark followed up: the follow-up chosen is done today, by whoever uses this desktop. */
public class FollowedUpHandler {

    @CanExecute
    public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        return selection instanceof FollowUp followUp && followUp.doneOn() == null;
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SELECTION) FollowUp followUp, Shell shell, @Service NichesServices services,
            @Named(TranslationService.LOCALE) Object locale, MApplication application, EModelService models, EPartService parts) {
        Messages texts = NichesTexts.in(locale);
        if (Steps.run(shell, texts, texts.get("followUps.title"), () -> services.introductions().followedUp(followUp.introduction().id(),
                followUp.months(), LocalDate.now(), services.staff(), texts.locale()))
                && Views.show(NichesUi.INTRODUCTIONS_PART, application, models, parts) instanceof IntroductionsPart view) {
            view.refresh();
        }
    }
}
