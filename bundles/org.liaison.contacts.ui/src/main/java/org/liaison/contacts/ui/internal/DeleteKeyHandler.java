package org.liaison.contacts.ui.internal;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;

import jakarta.inject.Named;

/**
 * The Delete key in the contacts list: erases the person chosen, as Contacts > Erase person does,
 * but only while the list has the keyboard, so that Delete in the search box deletes a letter.
 */
public class DeleteKeyHandler extends EraseHandler {

    @Override
    @CanExecute
    public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        Display display = Display.getCurrent();
        return display != null && display.getFocusControl() instanceof Table && super.canExecute(selection);
    }
}
