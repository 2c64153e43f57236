package org.liaison.sync.ui.internal;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.liaison.core.i18n.Messages;
import org.liaison.core.settings.UserSettings;
import org.liaison.sync.SyncService;
import org.osgi.service.event.Event;

import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The first start of a desktop that is not connected asks once: work alone, or connect to a
 * server (which opens the Sync part on its connection form). Not asked in the desktop's self-check.
 */
public class FirstRun {

    static final String ASKED = "sync.firstRunAsked";

    @Inject
    @Optional
    void started(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Event event, MApplication application,
            @Service SyncService sync, @Service UserSettings settings, @Named(TranslationService.LOCALE) Object locale) {
        if (System.getProperty("liaison.selfcheck") != null || settings.get(ASKED).isPresent()
                || sync.status().server().isPresent() || application.getChildren().isEmpty()) {
            return;
        }
        settings.put(ASKED, "true");
        Messages texts = SyncUiTexts.in(locale);
        MWindow window = application.getChildren().get(0);
        MessageDialog ask = new MessageDialog(Display.getCurrent().getActiveShell(), texts.get("firstRun.title"), null,
                texts.get("firstRun.message"), MessageDialog.QUESTION, 0, texts.get("firstRun.alone"), texts.get("firstRun.connect"));
        if (ask.open() == 1) {
            SyncViews.show(application, application.getContext().get(EModelService.class), window.getContext().get(EPartService.class));
        }
    }
}
