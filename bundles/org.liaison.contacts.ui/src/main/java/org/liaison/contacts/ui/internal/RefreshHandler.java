package org.liaison.contacts.ui.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;

/** F5: the list searches again; the Duplicates view scans again. */
public class RefreshHandler {

    @Execute
    public void execute(MPart part) {
        if (part.getObject() instanceof ContactsPart list) {
            list.refresh();
        } else if (part.getObject() instanceof DuplicatesPart duplicates) {
            duplicates.scan();
        }
    }
}
