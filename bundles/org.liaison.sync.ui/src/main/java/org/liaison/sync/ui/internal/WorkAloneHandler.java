package org.liaison.sync.ui.internal;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.liaison.sync.SyncService;

/** Work alone: this desktop leaves its server, after the person confirms it. */
public class WorkAloneHandler {

    @CanExecute
    public boolean canExecute(@Service SyncService sync) {
        return sync.status().server().isPresent();
    }

    @Execute
    public void execute(MApplication application, EModelService models, EPartService parts) {
        SyncViews.show(application, models, parts).workAlone();
    }
}
