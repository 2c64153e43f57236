package org.liaison.desktop.internal;

import java.util.List;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.MElementContainer;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspectiveStack;
import org.eclipse.e4.ui.model.application.ui.basic.MPartSashContainer;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.liaison.core.settings.UserSettings;
import org.liaison.workbench.Workbench;

/**
 * Keeps the area shown and the sizes of the views (the share each takes of its sash) in the
 * user's settings, and puts them back at the next start. The application model itself is made
 * afresh at each start, so that an area installed or removed since never meets a stale layout.
 */
final class LayoutMemory {

    static final String AREA_KEY = "layout.area";
    static final String SIZE_PREFIX = "layout.size.";

    private LayoutMemory() {
    }

    static void restore(MApplication application, EModelService models, UserSettings settings) {
        for (MPartSashContainer sash : models.findElements(application, null, MPartSashContainer.class, null,
                EModelService.ANYWHERE | EModelService.IN_SHARED_AREA)) {
            for (MUIElement child : sash.getChildren()) {
                if (child.getElementId() != null) {
                    settings.get(SIZE_PREFIX + child.getElementId()).filter(LayoutMemory::isShare).ifPresent(child::setContainerData);
                }
            }
        }
        settings.get(AREA_KEY).ifPresent(areaId -> {
            if (models.find(Workbench.AREAS, application) instanceof MPerspectiveStack stack) {
                for (MPerspective area : stack.getChildren()) {
                    if (area.getElementId().equals(areaId) && area.isToBeRendered()) {
                        stack.setSelectedElement(area);
                    }
                }
            }
        });
    }

    static void save(MApplication application, EModelService models, UserSettings settings) {
        if (models.find(Workbench.AREAS, application) instanceof MPerspectiveStack stack && stack.getSelectedElement() != null) {
            settings.put(AREA_KEY, stack.getSelectedElement().getElementId());
        }
        List<MPartSashContainer> sashes = models.findElements(application, null, MPartSashContainer.class, null,
                EModelService.ANYWHERE | EModelService.IN_SHARED_AREA);
        for (MElementContainer<?> sash : sashes) {
            for (Object child : sash.getChildren()) {
                MUIElement element = (MUIElement) child;
                if (element.getElementId() != null && isShare(element.getContainerData())) {
                    settings.put(SIZE_PREFIX + element.getElementId(), element.getContainerData());
                }
            }
        }
    }

    private static boolean isShare(String value) {
        return value != null && value.matches("\\d{1,6}");
    }
}
