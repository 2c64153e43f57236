package org.liaison.desktop.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.liaison.workbench.Workbench;

import jakarta.inject.Named;

/** Shows an area: the perspective its parameter names (navigator, Go menu, Ctrl+1...). */
public class ShowAreaHandler {

    @Execute
    public void execute(@Named(Workbench.AREA_PARAMETER) String areaId, MApplication application, EModelService models,
            EPartService parts) {
        if (!(models.find(areaId, application) instanceof MPerspective area)) {
            throw new IllegalArgumentException("no area " + areaId + " is installed");
        }
        parts.switchPerspective(area);
    }
}
