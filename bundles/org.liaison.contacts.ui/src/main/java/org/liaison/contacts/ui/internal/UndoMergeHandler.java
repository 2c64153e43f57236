package org.liaison.contacts.ui.internal;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.liaison.core.i18n.Messages;
import org.liaison.ui.Dialogs;

import jakarta.inject.Named;

/**
 * Undo (Ctrl+Z) in the contacts area: puts back both records of the last merge made in this
 * session. In a text box, Ctrl+Z stays the box's own.
 */
public class UndoMergeHandler {

    @CanExecute
    public boolean canExecute(@Service ContactsServices services) {
        Display display = Display.getCurrent();
        return services.canUndoMerge() && !(display != null && display.getFocusControl() instanceof Text);
    }

    @Execute
    public void execute(EPartService parts, Shell shell, @Service ContactsServices services,
            @Named(TranslationService.LOCALE) Object locale) {
        Messages texts = ContactsTexts.in(locale);
        MPart duplicates = parts.findPart(ContactCommands.DUPLICATES_PART);
        if (duplicates != null && duplicates.getObject() instanceof DuplicatesPart part) {
            part.undoLastMerge(); // its Undo button and its pairs follow
        } else {
            services.undoLastMerge(texts.locale());
        }
        Dialogs.inform(shell, texts.locale(), texts.get("duplicates.title"), texts.get("duplicates.undone"));
    }
}
