package org.liaison.niches.ui.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.liaison.core.i18n.Messages;
import org.liaison.niches.MemberStatus;

import jakarta.inject.Named;

/** Invite, Joined, Declined, Left: moves the members chosen in a niche's list, enabled when every one of them can make that move. */
public class MemberStatusHandler {

    @CanExecute
    public boolean canExecute(@Optional @Named(NichesUi.STATUS_PARAMETER) String status,
            @Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        return status != null && selection instanceof NicheSelection chosen && !chosen.members().isEmpty()
                && chosen.members().stream().allMatch(m -> m.status().next().contains(MemberStatus.valueOf(status)));
    }

    @Execute
    public void execute(@Named(NichesUi.STATUS_PARAMETER) String status, @Named(IServiceConstants.ACTIVE_SELECTION) NicheSelection selection,
            Shell shell, @Service NichesServices services, @Named(TranslationService.LOCALE) Object locale, MApplication application,
            EModelService models, EPartService parts) {
        Messages texts = NichesTexts.in(locale);
        LocalDate today = LocalDate.now();
        List<UUID> contacts = selection.members().stream().map(m -> m.contact().id()).toList();
        Display display = shell.getDisplay();
        // many members are one transaction, off the UI thread: all of them move, or none
        Job.create(texts.get("job.members.status"), monitor -> {
            boolean done = Steps.run(shell, texts, texts.get("member.title"), () -> services.niches().changeStatus(selection.niche().id(),
                    contacts, MemberStatus.valueOf(status), today, texts.locale()), display);
            if (done) {
                display.asyncExec(() -> {
                    if (Views.show(NichesUi.NICHES_PART, application, models, parts) instanceof NichesPart view) {
                        view.refresh();
                    }
                });
            }
        }).schedule();
    }
}
