package org.liaison.contacts.ui.internal;

import java.util.List;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.liaison.contacts.ContactSummary;
import org.liaison.contacts.DuplicatePair;
import org.liaison.core.i18n.Messages;

import jakarta.inject.Named;

/** Contacts > Merge: the two people (or two organisations) chosen in the list, field by field; Undo puts them back. */
public class MergeHandler {

    @CanExecute
    public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        return selection instanceof ContactSelection chosen && chosen.mergeable();
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SELECTION) ContactSelection selection, Shell shell,
            @Service ContactsServices services, @Named(TranslationService.LOCALE) Object locale) {
        Messages texts = ContactsTexts.in(locale);
        List<ContactSummary> two = selection.contacts();
        DuplicatePair pair = new DuplicatePair(two.get(0).id(), two.get(1).id(), 0, List.of(texts.get("merge.chosen")));
        MergeDialog dialog = new MergeDialog(shell, services, texts, pair, two.get(0).kind() == ContactSummary.Kind.PERSON);
        if (dialog.open() == Window.OK) {
            services.merged(dialog.mergeId());
        }
    }
}
