package org.liaison.niches.internal.rules;

import java.util.Optional;

import org.liaison.niches.NeedOffer;
import org.liaison.niches.Scope;
import org.liaison.niches.internal.NicheTexts;
import org.liaison.niches.matching.MatchRule;
import org.liaison.niches.matching.MatchSide;
import org.liaison.niches.matching.Reason;
import org.liaison.niches.matching.TrustGraph;
import org.osgi.service.component.annotations.Component;

/**
 * Cross-border pairs are what the network is for, so they earn points; a need or offer meant to
 * stay local (or to cross the border) counts against pairs that do not fit its scope.
 */
@Component(service = MatchRule.class)
public class PlaceRule implements MatchRule {

    static final double CROSS_BORDER = 1.5;
    static final double SAME_REGION = 0.5;
    static final double OUT_OF_SCOPE = -3;

    @Override
    public String id() {
        return "place";
    }

    @Override
    public Optional<Reason> assess(MatchSide seeker, MatchSide candidate, TrustGraph trust) {
        String here = seeker.contact().country();
        String there = candidate.contact().country();
        if (here.isEmpty() || there.isEmpty()) {
            return Optional.empty();
        }
        boolean crossing = !here.equals(there);
        Scope scope = scope(seeker.item(), candidate.item());
        if (crossing && scope == Scope.LOCAL || !crossing && scope == Scope.CROSS_BORDER) {
            return Optional.of(new Reason(id(), OUT_OF_SCOPE, locale -> NicheTexts.in(locale).get(
                    crossing ? "reason.place.wantsLocal" : "reason.place.wantsCrossBorder")));
        }
        if (crossing) {
            return Optional.of(new Reason(id(), CROSS_BORDER, locale -> NicheTexts.in(locale).get("reason.place.crossBorder",
                    seeker.contact().region(), candidate.contact().region())));
        }
        if (seeker.contact().region().equals(candidate.contact().region())) {
            return Optional.of(new Reason(id(), SAME_REGION, locale -> NicheTexts.in(locale).get("reason.place.sameRegion",
                    seeker.contact().region())));
        }
        return Optional.empty();
    }

    /** The narrower of the two scopes: a local need is local whatever the offer says. */
    private static Scope scope(NeedOffer a, NeedOffer b) {
        Scope first = a == null ? Scope.ANY : a.scope();
        Scope second = b == null ? Scope.ANY : b.scope();
        return first != Scope.ANY ? first : second;
    }
}
