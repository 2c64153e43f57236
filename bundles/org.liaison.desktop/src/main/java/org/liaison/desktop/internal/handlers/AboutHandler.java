package org.liaison.desktop.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.liaison.desktop.internal.AboutDialog;
import org.liaison.desktop.internal.DesktopTexts;
import org.osgi.framework.FrameworkUtil;

import jakarta.inject.Named;

/** Shows the About dialog. */
public class AboutHandler {

    @Execute
    public void about(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, @Named(TranslationService.LOCALE) Object locale) {
        new AboutDialog(shell, DesktopTexts.in(locale), FrameworkUtil.getBundle(AboutHandler.class).getBundleContext()).open();
    }
}
