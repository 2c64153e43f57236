package org.liaison.ui;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/**
 * Showing an area's view from a command run in any area: the area (a perspective of the desktop's
 * area stack) first, then the view, activated.
 *
 * @since 1.1
 */
public final class Areas {

    private Areas() {
    }

    /** Shows the area {@code areaId}, then its view {@code partId}, and gives the view back. */
    public static MPart show(String areaId, String partId, MApplication application, EModelService models, EPartService parts) {
        if (models.find(areaId, application) instanceof MPerspective area) {
            parts.switchPerspective(area);
        }
        MPart part = parts.showPart(partId, PartState.ACTIVATE);
        if (part == null) {
            throw new IllegalStateException("the view " + partId + " could not be shown");
        }
        return part;
    }
}
