package org.liaison.meetings.ui.internal;

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
import org.liaison.meetings.FollowUpTask;

import jakarta.inject.Named;

/** Marks the chosen follow-ups done today, by the staff member using this desktop. */
public class TaskDoneHandler {

    @CanExecute
    public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        return selection instanceof TaskSelection;
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SELECTION) TaskSelection selection, @Service MeetingsServices services,
            @Named(TranslationService.LOCALE) Object locale, MApplication application, EModelService models, EPartService parts) {
        for (FollowUpTask task : selection.tasks()) {
            services.meetings().complete(task.id(), LocalDate.now(), services.staff(), MeetingsTexts.in(locale).locale());
        }
        if (Views.show(MeetingsUi.FOLLOW_UPS_PART, application, models, parts) instanceof FollowUpsPart view) {
            view.refresh();
        }
    }
}
