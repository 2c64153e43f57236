package org.liaison.sync.ui.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;

/** F5 in the Sync view: the conflicts fetched again. */
public class RefreshConflictsHandler {

    @Execute
    public void execute(MPart part) {
        if (part.getObject() instanceof SyncPart sync) {
            sync.refreshConflicts();
        }
    }
}
