package org.liaison.niches.ui.internal;

import java.util.List;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.liaison.contacts.ContactSummary;
import org.liaison.niches.NeedOffer;

import jakarta.inject.Named;

/**
 * Suggest matches: for the need chosen on the board, the offers that could meet it; for the one
 * member chosen in a niche, whom they should meet; for a niche, every pair worth introducing.
 */
public class SuggestHandler {

    @CanExecute
    public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        return selection instanceof NeedOffer item && item.kind() == NeedOffer.Kind.NEED
                || selection instanceof NicheSelection chosen && chosen.members().size() <= 1;
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SELECTION) Object selection, @Service NichesServices services,
            MApplication application, EModelService models, EPartService parts) {
        if (!(Views.show(NichesUi.SUGGESTIONS_PART, application, models, parts) instanceof SuggestionsPart suggestions)) {
            return;
        }
        if (selection instanceof NeedOffer need) {
            ContactSummary owner = services.profiles().summaries(List.of(need.owner())).get(need.owner());
            suggestions.forNeed(need, owner == null ? new ContactSummary(need.owner(), ContactSummary.Kind.PERSON, "?", "", null) : owner);
        } else if (selection instanceof NicheSelection chosen) {
            if (chosen.members().size() == 1) {
                suggestions.forMember(chosen.members().get(0).contact());
            } else {
                suggestions.forNiche(chosen.niche());
            }
        }
    }
}
