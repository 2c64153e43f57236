package org.liaison.niches.ui.internal;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.liaison.core.i18n.Messages;
import org.liaison.core.validation.ValidationException;
import org.liaison.ui.Dialogs;

/** A change a command makes: done, or refused with the reason told in a dialog (nothing is written then). */
final class Steps {

    private Steps() {
    }

    /** Makes {@code change}, from any thread; a refusal or failure is told on the UI thread. @return whether it was made */
    static boolean run(Shell shell, Messages texts, String title, Runnable change, Display display) {
        try {
            change.run();
            return true;
        } catch (ValidationException refused) {
            display.asyncExec(() -> Dialogs.error(shell, texts.locale(), title, refused.problems().get(0).message()));
            return false;
        } catch (RuntimeException failed) {
            System.getLogger(Steps.class.getName()).log(System.Logger.Level.ERROR, title + " failed", failed);
            display.asyncExec(() -> Dialogs.error(shell, texts.locale(), title, texts.get("step.failed")));
            return false;
        }
    }

    /** @return whether {@code change} was made (a refusal is told once the command returns) */
    static boolean run(Shell shell, Messages texts, String title, Runnable change) {
        return run(shell, texts, title, change, shell.getDisplay());
    }
}
