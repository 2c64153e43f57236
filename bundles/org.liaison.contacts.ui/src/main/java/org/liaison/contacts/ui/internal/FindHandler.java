package org.liaison.contacts.ui.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/** Ctrl+F in the contacts area: the keyboard to the list's search box. */
public class FindHandler {

    @Execute
    public void execute(EPartService parts) {
        ContactsListHandler.withList(parts, ContactsPart::focusSearch);
    }
}
