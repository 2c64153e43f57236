package org.liaison.niches.ui.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.liaison.contacts.ContactSummary;
import org.liaison.core.i18n.Messages;
import org.liaison.niches.Introduction;
import org.liaison.niches.IntroductionStatus;

import jakarta.inject.Named;

/**
 * The steps of the introduction chosen on the board: a side accepts or declines (which side is
 * asked), they met, it is closed, or it lapses. Each is enabled only where the status allows it.
 */
public class IntroductionStepHandler {

    enum Step {
        ACCEPT, DECLINE, MET, CLOSE, LAPSE;

        boolean allowedFrom(IntroductionStatus status) {
            return switch (this) {
                case ACCEPT, DECLINE -> status == IntroductionStatus.PROPOSED;
                case MET -> status == IntroductionStatus.ACCEPTED;
                case CLOSE -> status == IntroductionStatus.MET;
                case LAPSE -> status == IntroductionStatus.PROPOSED || status == IntroductionStatus.ACCEPTED;
            };
        }
    }

    @CanExecute
    public boolean canExecute(@Optional @Named(NichesUi.STEP_PARAMETER) String step,
            @Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        return step != null && selection instanceof Introduction introduction && Step.valueOf(step).allowedFrom(introduction.status());
    }

    @Execute
    public void execute(@Named(NichesUi.STEP_PARAMETER) String step, @Named(IServiceConstants.ACTIVE_SELECTION) Introduction introduction,
            Shell shell, @Service NichesServices services, @Named(TranslationService.LOCALE) Object locale, MApplication application,
            EModelService models, EPartService parts) {
        Messages texts = NichesTexts.in(locale);
        LocalDate today = LocalDate.now();
        var introductions = services.introductions();
        Step chosen = Step.valueOf(step);
        boolean done = switch (chosen) {
            case ACCEPT, DECLINE -> {
                UUID side = side(shell, services, texts, introduction, chosen == Step.ACCEPT);
                yield side != null && Steps.run(shell, texts, texts.get("step.title"),
                        () -> introductions.answer(introduction.id(), side, chosen == Step.ACCEPT, today, texts.locale()));
            }
            case MET -> Steps.run(shell, texts, texts.get("step.title"), () -> introductions.met(introduction.id(), today, texts.locale()));
            case CLOSE -> Steps.run(shell, texts, texts.get("step.title"), () -> introductions.close(introduction.id(), today, texts.locale()));
            case LAPSE -> Steps.run(shell, texts, texts.get("step.title"), () -> introductions.lapse(introduction.id(), today, texts.locale()));
        };
        if (done && Views.show(NichesUi.INTRODUCTIONS_PART, application, models, parts) instanceof IntroductionsPart view) {
            view.show(introduction.id());
        }
    }

    /** Which of the two members answers: asked with their names on the buttons; {@code null} when cancelled. */
    private static UUID side(Shell shell, NichesServices services, Messages texts, Introduction introduction, boolean accepts) {
        Map<UUID, ContactSummary> names = services.profiles().summaries(List.of(introduction.first(), introduction.second()));
        String first = names.containsKey(introduction.first()) ? names.get(introduction.first()).name() : "?";
        String second = names.containsKey(introduction.second()) ? names.get(introduction.second()).name() : "?";
        int answer = new MessageDialog(shell, texts.get("step.title"), null, texts.get(accepts ? "step.whoAccepts" : "step.whoDeclines"),
                MessageDialog.QUESTION, 2, first, second, texts.get("button.cancel")).open();
        return answer == 0 ? introduction.first() : answer == 1 ? introduction.second() : null;
    }
}
