package org.liaison.niches.internal.rules;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.liaison.niches.Category;
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

    private static final Map<Category, Set<Category>> RELATED_OFFERS = new EnumMap<>(Category.class);

    static {
        RELATED_OFFERS.put(Category.CUSTOMER, EnumSet.of(Category.MARKET_ACCESS));
        RELATED_OFFERS.put(Category.MARKET_ACCESS, EnumSet.of(Category.CUSTOMER, Category.PARTNER));
        RELATED_OFFERS.put(Category.EXPERTISE, EnumSet.of(Category.KNOW_HOW, Category.KNOWLEDGE));
        RELATED_OFFERS.put(Category.KNOWLEDGE, EnumSet.of(Category.EXPERTISE));
        RELATED_OFFERS.put(Category.KNOW_HOW, EnumSet.of(Category.EXPERTISE));
        RELATED_OFFERS.put(Category.PARTNER, EnumSet.of(Category.MARKET_ACCESS));
    }

    /** The offers' categories that can meet a need of {@code need}'s category. */
    public static Set<Category> offersFor(Category need) {
        Set<Category> fits = EnumSet.of(need);
        fits.addAll(RELATED_OFFERS.getOrDefault(need, Set.of()));
        return fits;
    }

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
        if (RELATED_OFFERS.getOrDefault(need.category(), Set.of()).contains(offer.category())) {
            return Optional.of(new Reason(id(), RELATED, locale -> NicheTexts.in(locale).get("reason.category.related",
                    NicheTexts.in(locale).get("category." + need.category().name()),
                    NicheTexts.in(locale).get("category." + offer.category().name()))));
        }
        return Optional.empty();
    }
}
