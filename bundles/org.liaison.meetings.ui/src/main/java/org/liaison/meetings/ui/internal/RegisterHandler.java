package org.liaison.meetings.ui.internal;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;

/** Registers someone for the event chosen in the check-in view (a walk-in, or a late registration). */
public class RegisterHandler {

    @CanExecute
    public boolean canExecute(MPart part) {
        return part.getObject() instanceof CheckInPart view && view.chosenEvent() != null;
    }

    @Execute
    public void execute(MPart part, Shell shell, @Service MeetingsServices services, @Named(TranslationService.LOCALE) Object locale) {
        CheckInPart view = (CheckInPart) part.getObject();
        if (new RegisterDialog(shell, services, MeetingsTexts.in(locale), view.chosenEvent()).open() == Window.OK) {
            view.show(view.chosenEvent());
        }
    }
}
