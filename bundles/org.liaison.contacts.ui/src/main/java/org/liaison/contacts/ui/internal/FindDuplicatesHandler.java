package org.liaison.contacts.ui.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/** Contacts > Find duplicates (Ctrl+Shift+D): the Duplicates view, scanning. */
public class FindDuplicatesHandler {

    @Execute
    public void execute(MApplication application, EModelService models, EPartService parts) {
        if (models.find(ContactCommands.AREA, application) instanceof MPerspective area) {
            parts.switchPerspective(area);
        }
        MPart part = parts.showPart(ContactCommands.DUPLICATES_PART, PartState.ACTIVATE);
        if (part != null && part.getObject() instanceof DuplicatesPart duplicates) {
            duplicates.scan();
        }
    }
}
