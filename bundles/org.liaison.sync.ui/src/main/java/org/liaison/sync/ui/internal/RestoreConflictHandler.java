package org.liaison.sync.ui.internal;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.liaison.sync.protocol.ConflictList.Conflict;

import jakarta.inject.Named;

/** Put back the lost value of the conflict chosen in the Sync view. */
public class RestoreConflictHandler {

    @CanExecute
    public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        return selection instanceof Conflict;
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SELECTION) Conflict conflict, MPart part) {
        if (part.getObject() instanceof SyncPart sync) {
            sync.restore(conflict);
        }
    }
}
