package org.liaison.niches.ui.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;

/** F5: the view reads what it shows again. */
public class RefreshHandler {

    @Execute
    public void execute(MPart part) {
        Object view = part.getObject();
        if (view instanceof NichesPart niches) {
            niches.refresh();
        } else if (view instanceof NeedsOffersPart needs) {
            needs.refresh();
        } else if (view instanceof IntroductionsPart introductions) {
            introductions.refresh();
        } else if (view instanceof SuggestionsPart suggestions) {
            suggestions.refresh();
        } else if (view instanceof ValueReportPart value) {
            value.refresh();
        }
    }
}
