package org.liaison.contacts.ui.internal;

import java.nio.file.Path;

import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.liaison.core.i18n.Messages;
import org.liaison.ui.Dialogs;

/** The import wizard open on the test display, over a window of its own, as the Import command opens it. */
record OpenWizard(Shell parent, ImportWizard wizard, WizardDialog dialog) {

    /** The wizard in the language of {@code texts}, with {@code file} in its file field, or none. */
    static OpenWizard open(Display display, ContactsServices services, Messages texts, Path file) {
        Shell parent = new Shell(display);
        ImportWizard wizard = new ImportWizard(services, texts, file);
        WizardDialog dialog = Dialogs.wizard(parent, texts.locale(), wizard, texts.get("button.finish"));
        dialog.setBlockOnOpen(false);
        dialog.open();
        return new OpenWizard(parent, wizard, dialog);
    }

    /** Imports, closing the "import finished" message whenever the work done in the background ends. */
    void finish() {
        Shell shell = dialog.getShell();
        String title = wizard.texts.get("import.title");
        UiTestDisplay.closeWhenOpen(parent.getDisplay(), open -> open != shell && open != parent && open.getText().equals(title));
        if (!wizard.performFinish()) {
            throw new AssertionError("the import did not finish: " + dialog.getCurrentPage().getErrorMessage());
        }
        dialog.close();
    }
}
