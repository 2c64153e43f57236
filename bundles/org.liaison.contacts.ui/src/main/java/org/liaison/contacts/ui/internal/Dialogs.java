package org.liaison.contacts.ui.internal;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.ProgressMonitorPart;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.liaison.core.i18n.Messages;

/**
 * JFace's stock dialogs with their buttons in the application's language: JFace translates its
 * own labels only through language packs, which are not shipped.
 */
final class Dialogs {

    private Dialogs() {
    }

    static boolean confirm(Shell parent, Messages texts, String title, String message) {
        return new MessageDialog(parent, title, null, message, MessageDialog.CONFIRM, 0, texts.get("button.ok"),
                texts.get("button.cancel")).open() == 0;
    }

    static void inform(Shell parent, Messages texts, String title, String message) {
        new MessageDialog(parent, title, null, message, MessageDialog.INFORMATION, 0, texts.get("button.ok")).open();
    }

    /** Asks for a line of text; {@code null} when cancelled. */
    static String ask(Shell parent, Messages texts, String title, String message, String required) {
        InputDialog dialog = new InputDialog(parent, title, message, "", text -> text.isBlank() ? required : null) {
            @Override
            protected void createButtonsForButtonBar(Composite buttons) {
                super.createButtonsForButtonBar(buttons);
                relabel(getButton(IDialogConstants.OK_ID), texts.get("button.ok"));
                relabel(getButton(IDialogConstants.CANCEL_ID), texts.get("button.cancel"));
            }
        };
        return dialog.open() == Window.OK ? dialog.getValue() : null;
    }

    /** A wizard dialog whose buttons (Back, Next, Finish, Cancel, and the stop button of its progress) speak the application's language. */
    static WizardDialog wizard(Shell parent, Messages texts, IWizard wizard) {
        return new WizardDialog(parent, wizard) {
            @Override
            protected ProgressMonitorPart createProgressMonitorPart(Composite composite, GridLayout layout) {
                ProgressMonitorPart part = super.createProgressMonitorPart(composite, layout);
                for (Control child : part.getChildren()) {
                    if (child instanceof ToolBar bar) {
                        for (ToolItem stop : bar.getItems()) {
                            stop.setToolTipText(texts.get("button.stop"));
                        }
                    }
                }
                return part;
            }

            @Override
            protected void createButtonsForButtonBar(Composite buttons) {
                super.createButtonsForButtonBar(buttons);
                relabel(getButton(IDialogConstants.BACK_ID), texts.get("button.back"));
                relabel(getButton(IDialogConstants.NEXT_ID), texts.get("button.next"));
                relabel(getButton(IDialogConstants.FINISH_ID), texts.get("button.finish"));
                relabel(getButton(IDialogConstants.CANCEL_ID), texts.get("button.cancel"));
            }
        };
    }

    private static void relabel(Button button, String text) {
        if (button != null) {
            button.setText(text);
        }
    }
}
