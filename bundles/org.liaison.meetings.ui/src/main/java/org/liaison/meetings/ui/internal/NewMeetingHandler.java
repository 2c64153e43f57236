package org.liaison.meetings.ui.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.liaison.core.i18n.Messages;
import org.liaison.meetings.MeetingKind;

import jakarta.inject.Named;

/** Logs a meeting: the form, with the kind asked for (a one-to-one when none), then the calendar at its week. */
public class NewMeetingHandler {

    @Execute
    public void execute(@Optional @Named(MeetingsUi.KIND_PARAMETER) String kind, Shell shell, @Service MeetingsServices services,
            @Named(TranslationService.LOCALE) Object locale, MApplication application, EModelService models, EPartService parts) {
        Messages texts = MeetingsTexts.in(locale);
        MeetingDialog dialog = new MeetingDialog(shell, services, texts, MeetingDialog.blank(kind == null ? MeetingKind.ONE_TO_ONE
                : MeetingKind.valueOf(kind), services.staff(), texts));
        if (dialog.open() == Window.OK && Views.show(MeetingsUi.CALENDAR_PART, application, models, parts) instanceof CalendarPart calendar) {
            calendar.show(dialog.saved());
        }
    }
}
