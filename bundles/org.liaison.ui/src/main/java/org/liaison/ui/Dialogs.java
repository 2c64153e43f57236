package org.liaison.ui;

import java.util.Locale;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
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
public final class Dialogs {

    private Dialogs() {
    }

    public static boolean confirm(Shell parent, Locale locale, String title, String message) {
        Messages texts = SupportTexts.in(locale);
        return new MessageDialog(parent, title, null, message, MessageDialog.CONFIRM, 0, texts.get("button.ok"),
                texts.get("button.cancel")).open() == 0;
    }

    public static void inform(Shell parent, Locale locale, String title, String message) {
        new MessageDialog(parent, title, null, message, MessageDialog.INFORMATION, 0, SupportTexts.in(locale).get("button.ok")).open();
    }

    public static void error(Shell parent, Locale locale, String title, String message) {
        new MessageDialog(parent, title, null, message, MessageDialog.ERROR, 0, SupportTexts.in(locale).get("button.ok")).open();
    }

    /** Asks for a line of text; {@code null} when cancelled. {@code required} is said while the line is blank. */
    public static String ask(Shell parent, Locale locale, String title, String message, String required) {
        Messages texts = SupportTexts.in(locale);
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

    /** Asks for a password (typed hidden); {@code null} when cancelled. */
    public static char[] askSecret(Shell parent, Locale locale, String title, String message) {
        Messages texts = SupportTexts.in(locale);
        InputDialog dialog = new InputDialog(parent, title, message, "", null) {
            @Override
            protected int getInputTextStyle() {
                return org.eclipse.swt.SWT.SINGLE | org.eclipse.swt.SWT.BORDER | org.eclipse.swt.SWT.PASSWORD;
            }

            @Override
            protected void createButtonsForButtonBar(Composite buttons) {
                super.createButtonsForButtonBar(buttons);
                relabel(getButton(IDialogConstants.OK_ID), texts.get("button.ok"));
                relabel(getButton(IDialogConstants.CANCEL_ID), texts.get("button.cancel"));
            }
        };
        return dialog.open() == Window.OK ? dialog.getValue().toCharArray() : null;
    }

    /**
     * A wizard dialog whose buttons (Back, Next, {@code finish}, Cancel, and the stop button of its
     * progress) speak the application's language.
     */
    public static WizardDialog wizard(Shell parent, Locale locale, IWizard wizard, String finish) {
        Messages texts = SupportTexts.in(locale);
        return new WizardDialog(parent, wizard) {
            @Override
            protected ProgressMonitorPart createProgressMonitorPart(Composite composite, GridLayout layout) {
                ProgressMonitorPart part = super.createProgressMonitorPart(composite, layout);
                relabelStop(part, texts);
                return part;
            }

            @Override
            protected void createButtonsForButtonBar(Composite buttons) {
                super.createButtonsForButtonBar(buttons);
                relabel(getButton(IDialogConstants.BACK_ID), texts.get("button.back"));
                relabel(getButton(IDialogConstants.NEXT_ID), texts.get("button.next"));
                relabel(getButton(IDialogConstants.FINISH_ID), finish);
                relabel(getButton(IDialogConstants.CANCEL_ID), texts.get("button.cancel"));
            }
        };
    }

    /** A progress dialog titled {@code title} whose Cancel button speaks the application's language. */
    public static ProgressMonitorDialog progress(Shell parent, Locale locale, String title) {
        Messages texts = SupportTexts.in(locale);
        return new ProgressMonitorDialog(parent) {
            @Override
            protected void createCancelButton(Composite parent) {
                super.createCancelButton(parent);
                relabel(cancel, texts.get("button.cancel"));
            }

            @Override
            protected void configureShell(Shell shell) {
                super.configureShell(shell);
                shell.setText(title);
            }
        };
    }

    private static void relabelStop(Composite part, Messages texts) {
        for (Control child : part.getChildren()) {
            if (child instanceof ToolBar bar) {
                for (ToolItem stop : bar.getItems()) {
                    stop.setToolTipText(texts.get("button.stop"));
                }
            }
        }
    }

    private static void relabel(Button button, String text) {
        if (button != null) {
            button.setText(text);
        }
    }
}
