package org.liaison.niches.ui.internal;


import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.liaison.ui.Areas;

/** What the niches views share: tables, status lines, and showing a view from any area. */
final class Views {

    private Views() {
    }

    /** A label for what a view is doing or found, across its width. */
    static Label status(Composite parent, int span) {
        Label status = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).span(span, 1).applyTo(status);
        return status;
    }

    /** Shows the niches area, then the view {@code partId} in it, activated, and gives back its object. */
    static Object show(String partId, MApplication application, EModelService models, EPartService parts) {
        return Areas.show(NichesUi.AREA, partId, application, models, parts).getObject();
    }
}
