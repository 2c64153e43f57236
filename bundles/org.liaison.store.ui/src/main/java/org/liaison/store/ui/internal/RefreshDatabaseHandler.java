package org.liaison.store.ui.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;

/** F5 in the Database view: its state, changes waiting and schema history read again. */
public class RefreshDatabaseHandler {

    @Execute
    public void execute(MPart part) {
        if (part.getObject() instanceof DatabasePart database) {
            database.refresh();
        }
    }
}
