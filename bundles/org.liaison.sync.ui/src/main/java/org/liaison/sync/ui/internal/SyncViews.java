package org.liaison.sync.ui.internal;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.liaison.ui.Areas;
import org.liaison.workbench.Workbench;

/** Where the sync commands act: the Sync view, in the Administration area, shown first. */
final class SyncViews {

    static final String SYNC_PART = "org.liaison.sync.ui.part.sync";
    static final String SHOW_COMMAND = "org.liaison.sync.ui.command.show";
    static final String SIGN_IN_COMMAND = "org.liaison.sync.ui.command.signIn";
    static final String RESTORE_MENU = "org.liaison.sync.ui.popup.conflicts";

    private SyncViews() {
    }

    static SyncPart show(MApplication application, EModelService models, EPartService parts) {
        if (!(Areas.show(Workbench.ADMINISTRATION, SYNC_PART, application, models, parts).getObject() instanceof SyncPart sync)) {
            throw new IllegalStateException("the Sync view could not be shown");
        }
        return sync;
    }
}
