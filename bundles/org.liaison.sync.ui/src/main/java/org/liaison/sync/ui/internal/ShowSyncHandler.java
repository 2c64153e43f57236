package org.liaison.sync.ui.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/** The Sync view, in Administration (the Today card's lines, File > Sync settings). */
public class ShowSyncHandler {

    @Execute
    public void execute(MApplication application, EModelService models, EPartService parts) {
        SyncViews.show(application, models, parts);
    }
}
