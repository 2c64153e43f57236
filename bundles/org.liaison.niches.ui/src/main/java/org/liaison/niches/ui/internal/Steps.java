package org.liaison.niches.ui.internal;

import org.eclipse.swt.widgets.Shell;
import org.liaison.core.i18n.Messages;
import org.liaison.core.validation.ValidationException;
import org.liaison.ui.Dialogs;

/** A change a command makes: done, or refused with the reason told in a dialog (nothing is written then). */
final class Steps {

    private Steps() {
    }

    /** @return whether {@code change} was made */
    static boolean run(Shell shell, Messages texts, String title, Runnable change) {
        try {
            change.run();
            return true;
        } catch (ValidationException refused) {
            Dialogs.error(shell, texts.locale(), title, refused.problems().get(0).message());
            return false;
        } catch (RuntimeException failed) { // nothing was written (one transaction): said in words, detailed in the log
            System.getLogger(Steps.class.getName()).log(System.Logger.Level.ERROR, title + " failed", failed);
            Dialogs.error(shell, texts.locale(), title, texts.get("step.failed"));
            return false;
        }
    }
}
