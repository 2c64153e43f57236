package org.liaison.sync.ui.internal;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
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
        if (models.find(Workbench.ADMINISTRATION, application) instanceof MPerspective administration) {
            parts.switchPerspective(administration);
        }
        MPart part = parts.showPart(SYNC_PART, PartState.ACTIVATE);
        if (part == null || !(part.getObject() instanceof SyncPart sync)) {
            throw new IllegalStateException("the Sync view could not be shown");
        }
        return sync;
    }
}
