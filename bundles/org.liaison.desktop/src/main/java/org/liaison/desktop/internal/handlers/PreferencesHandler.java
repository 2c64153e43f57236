package org.liaison.desktop.internal.handlers;

import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.services.nls.ILocaleChangeService;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.liaison.core.i18n.Messages;
import org.liaison.core.settings.UserSettings;
import org.liaison.desktop.internal.DesktopTexts;
import org.liaison.desktop.internal.PreferencesDialog;

import jakarta.inject.Named;

/** Opens the preferences; a new language applies at once, a new data folder at the next start. */
public class PreferencesHandler {

    @Execute
    public void open(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, UserSettings settings,
            ILocaleChangeService localeChange, @Named(TranslationService.LOCALE) Object locale) {
        Messages texts = DesktopTexts.in(locale);
        PreferencesDialog dialog = new PreferencesDialog(shell, texts, settings);
        if (dialog.open() != Window.OK) {
            return;
        }
        Locale chosen = dialog.chosenLocale();
        if (!chosen.equals(settings.locale())) {
            settings.put(UserSettings.LANGUAGE, chosen.getLanguage());
            Locale.setDefault(chosen);
            localeChange.changeApplicationLocale(chosen);
        }
        Path directory = Path.of(dialog.chosenDirectory()).toAbsolutePath();
        if (!directory.equals(settings.dataDirectory())) {
            settings.put(UserSettings.DATA_DIRECTORY, directory.toString());
            Messages now = DesktopTexts.in(chosen);
            MessageDialog.openInformation(shell, now.get("prefs.restartTitle"), now.get("prefs.restart"));
        }
    }
}
