package org.liaison.niches.internal.rules;

import java.util.Optional;

import org.liaison.niches.NeedOffer;
import org.liaison.niches.internal.NicheTexts;
import org.liaison.niches.matching.MatchRule;
import org.liaison.niches.matching.MatchSide;
import org.liaison.niches.matching.Reason;
import org.liaison.niches.matching.TrustGraph;
import org.osgi.service.component.annotations.Component;

/** A need and an offer of the same category fit best (a need for a supplier, an offer of supply); related categories fit too. */
@Component(service = MatchRule.class)
public class CategoryRule implements MatchRule {

    static final double SAME = 3;
    static final double RELATED = 2;

    @Override
    public String id() {
        return "category";
    }

    @Override
    public Optional<Reason> assess(MatchSide seeker, MatchSide candidate, TrustGraph trust) {
        NeedOffer need = seeker.item();
        NeedOffer offer = candidate.item();
        if (need == null || offer == null) {
            return Optional.empty();
        }
        if (need.category() == offer.category()) {
            return Optional.of(new Reason(id(), SAME, locale -> NicheTexts.in(locale).get("reason.category.same",
                    NicheTexts.in(locale).get("category." + need.category().name()))));
        }
        if (need.category().related().contains(offer.category())) {
            return Optional.of(new Reason(id(), RELATED, locale -> NicheTexts.in(locale).get("reason.category.related",
                    NicheTexts.in(locale).get("category." + need.category().name()),
                    NicheTexts.in(locale).get("category." + offer.category().name()))));
        }
        return Optional.empty();
    }
}
