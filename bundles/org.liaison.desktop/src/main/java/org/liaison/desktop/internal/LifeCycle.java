package org.liaison.desktop.internal;

import java.time.Duration;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspectiveStack;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.eclipse.e4.ui.workbench.lifecycle.PreSave;
import org.eclipse.e4.ui.workbench.lifecycle.ProcessAdditions;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.liaison.core.i18n.Messages;
import org.liaison.core.i18n.SupportedLocales;
import org.liaison.core.settings.UserSettings;
import org.liaison.store.StoreStatus;
import org.liaison.ui.Dialogs;
import org.liaison.workbench.Workbench;

/**
 * Starts the desktop: chooses the language, waits for the local database (which the first start
 * creates) and stops with a dialog saying why when it cannot be opened; puts back the area and
 * the sizes of the views the person left.
 */
public class LifeCycle {

    /** System property overriding the language for one run ("en", "fr"). */
    public static final String LANGUAGE_PROPERTY = "liaison.language";

    private static final Duration STORE_TIMEOUT = Duration.ofSeconds(60);

    private boolean refused;
    private boolean demo;

    @PostContextCreate
    public void start(IEclipseContext context, IEventBroker broker) {
        UserSettings settings = Services.await(UserSettings.class, STORE_TIMEOUT);
        Locale locale = SupportedLocales.choose(System.getProperty(LANGUAGE_PROPERTY,
                settings == null ? Locale.getDefault().toLanguageTag() : settings.locale().toLanguageTag()));
        Locale.setDefault(locale);
        context.set(TranslationService.LOCALE, locale);
        Messages texts = DesktopTexts.in(locale);

        StoreStatus status = Services.await(StoreStatus.class, STORE_TIMEOUT);
        if (status == null || settings == null) {
            refuse(texts, texts.get("store.timeout", STORE_TIMEOUT.toSeconds()));
            return;
        }
        if (status.state() == StoreStatus.State.FAILED) {
            refuse(texts, status.failure().map(Throwable::getMessage).orElse(status.location()));
            return;
        }
        context.set(StoreStatus.class, status);
        context.set(UserSettings.class, settings);
        demo = DemoFolder.isDemo(settings.home());
        if (demo) { // in the background: the window opens at once and its views follow as the network commits
            Job loading = Job.create(texts.get("demo.loading"), (IProgressMonitor monitor) -> {
                try {
                    DemoFolder.loadIfNew(settings.home());
                } catch (RuntimeException e) { // told, not only logged: the title says "demo data" over what is there
                    Display.getDefault().asyncExec(() -> Dialogs.error(null, locale, texts.get("demo.failedTitle"),
                            texts.get("demo.failed")));
                    throw e;
                }
                return Status.OK_STATUS;
            });
            loading.schedule();
        }
        SelfCheck.armIfRequested(context, broker);
    }

    /** Tells the person why Liaison cannot start; the workbench then closes without a window. */
    private void refuse(Messages texts, String why) {
        String title = texts.get("store.failedTitle");
        SelfCheck.watchErrorDialog(title);
        MessageDialog.openError(null, title, why);
        refused = true;
    }

    @ProcessAdditions
    public void closeIfRefused(MApplication application, IEclipseContext context) {
        if (!refused) {
            MWindow main = application.getChildren().get(0);
            AreaMenus.order(main.getMainMenu(), (MPerspectiveStack) context.get(EModelService.class).find(Workbench.AREAS, main));
            LayoutMemory.restore(application, context.get(EModelService.class), context.get(UserSettings.class));
            if (demo) { // say it in the title, so that nobody takes the demo network for their own
                main.setLabel(main.getLocalizedLabel() + " \u2014 " + DesktopTexts.in(context.get(TranslationService.LOCALE)).get("demo.title"));
            }
            return;
        }
        // the workbench does not stop when start-up is refused: show no window and close it at once
        application.getChildren().forEach(window -> window.setToBeRendered(false));
        Display.getDefault().asyncExec(() -> context.get(IWorkbench.class).close());
    }

    @PreSave
    public void rememberLayout(MApplication application, IEclipseContext context) {
        if (!refused) {
            LayoutMemory.save(application, context.get(EModelService.class), context.get(UserSettings.class));
        }
    }
}
