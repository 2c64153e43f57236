package org.liaison.desktop.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.swt.widgets.Shell;
import org.liaison.desktop.internal.ShortcutsDialog;

import jakarta.inject.Named;

/** Help > Keyboard shortcuts: every key binding of the application model, with what it does. */
public class ShortcutsHandler {

    @Execute
    public void execute(Shell shell, MApplication application, @Named(TranslationService.LOCALE) Object locale) {
        new ShortcutsDialog(shell, application, locale).open();
    }
}
