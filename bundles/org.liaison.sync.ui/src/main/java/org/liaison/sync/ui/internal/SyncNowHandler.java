package org.liaison.sync.ui.internal;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.liaison.sync.SyncService;
import org.liaison.sync.SyncStatus;

/** File > Sync now (Ctrl+Shift+S): the Sync view, syncing. Only for a desktop connected and signed in. */
public class SyncNowHandler {

    @CanExecute
    public boolean canExecute(@Service SyncService sync) {
        SyncStatus status = sync.status();
        return status.server().isPresent() && !status.signInNeeded() && !status.running();
    }

    @Execute
    public void execute(MApplication application, EModelService models, EPartService parts) {
        SyncViews.show(application, models, parts).syncNow();
    }
}
