package org.liaison.niches.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.liaison.niches.tests.Network.EN;
import static org.liaison.niches.tests.Network.FR;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.contacts.ProfileCriteria;
import org.liaison.core.validation.ValidationException;
import org.liaison.niches.Category;
import org.liaison.niches.MemberStatus;
import org.liaison.niches.NeedOffer;
import org.liaison.niches.Niche;
import org.liaison.niches.Scope;
import org.liaison.niches.matching.MatchRule;
import org.liaison.niches.matching.PairSuggestion;
import org.liaison.niches.matching.Reason;
import org.liaison.niches.matching.Suggestion;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/**
 * Match scores and reasons on a hand-made network: a Sussex winemaker needing a supplier, and the
 * offers that could meet it. The expected scores are the built-in rules' points added by hand.
 */
class MatchingTest {

    private Network network;
    private UUID oliver;
    private UUID camille;
    private UUID harry;
    private NeedOffer need;
    private NeedOffer frenchSupply;
    private NeedOffer sussexSupply;
    private NeedOffer casks;
    private final LocalDate today = LocalDate.now();

    @BeforeEach
    void network() {
        network = Network.fresh("matching");
        UUID vineyard = network.organisation("Rye Vineyards Ltd", "GB-ESX", "11.02", "B2C");
        UUID cooperage = network.organisation("Tonnellerie de Fécamp", "FR-76", "11.02", "B2C");
        UUID software = network.organisation("Lewes Code Ltd", "GB-ESX", "62.01", "B2B");
        UUID bank = network.organisation("Banque du Havre", "FR-76", "64.19", "B2B");
        oliver = network.person("Oliver", "Hall", "GB-ESX", vineyard, "en");
        camille = network.person("Camille", "Moreau", "FR-76", cooperage, "fr", "en");
        harry = network.person("Harry", "Wood", "GB-ESX", software, "en");
        UUID ines = network.person("Inès", "Bonnet", "FR-76", bank, "fr");
        network.referrals.record(oliver, camille, today.minusYears(1), "Dieppe trade fair", EN);

        need = save(NeedOffer.Kind.NEED, oliver, Category.SUPPLIER, "Oak barrels", Scope.ANY, today.plusMonths(3));
        frenchSupply = save(NeedOffer.Kind.OFFER, camille, Category.SUPPLIER, "Fûts de chêne", Scope.ANY, today.plusMonths(3));
        sussexSupply = save(NeedOffer.Kind.OFFER, harry, Category.SUPPLIER, "Stock software", Scope.ANY, today.plusMonths(3));
        save(NeedOffer.Kind.OFFER, ines, Category.FUNDING, "Loans for exporters", Scope.ANY, today.plusMonths(3));
        casks = save(NeedOffer.Kind.OFFER, camille, Category.SUPPLIER, "Last year's casks", Scope.ANY, today); // expired tomorrow
    }

    private NeedOffer save(NeedOffer.Kind kind, UUID owner, Category category, String text, Scope scope, LocalDate until) {
        return network.needsOffers.save(new NeedOffer(null, kind, owner, category, text, "en", Set.of(), Set.of(), scope, until, null), EN);
    }

    @Test
    void suggestionsAreScoredByEveryRuleAndEachSaysWhyInTheReadersLanguage() {
        List<Suggestion> suggestions = network.matcher.forNeed(need.id(), today, 10, EN);
        assertEquals(List.of(frenchSupply.id(), casks.id(), sussexSupply.id()), suggestions.stream().map(s -> s.offer().id()).toList(),
                "the funding offer does not fit the category; equal scores in the order the offers were made");
        // same class 3 + same segment 1.5 + same category 3 + English 1 + across the border 1.5 + one referral step 2
        assertEquals(12.0, suggestions.get(0).score(), 1e-9);
        assertEquals(List.of("Offers what this need asks for: supplier", "Same sector: 11.02 Manufacture of beverages",
                "One referred the other", "Across the border: GB-ESX and FR-76", "Both serve Consumers (B2C)", "Both speak English"),
                suggestions.get(0).reasons());
        // same category 3 + English 1 + same region 0.5
        assertEquals(4.5, suggestions.get(2).score(), 1e-9);
        assertEquals("Camille Moreau", suggestions.get(0).contact().name());

        List<String> french = network.matcher.forNeed(need.id(), today, 10, FR).get(0).reasons();
        assertTrue(french.contains("L'un a recommandé l'autre"), french.toString());
        assertTrue(french.contains("De part et d'autre de la Manche : GB-ESX et FR-76"), french.toString());
        assertTrue(french.stream().anyMatch(r -> r.startsWith("Même secteur : 11.02")), french.toString());

        assertEquals(List.of(frenchSupply.id(), sussexSupply.id()), network.matcher.forNeed(need.id(), today.plusDays(1), 10, EN).stream()
                .map(s -> s.offer().id()).toList(), "an offer past its date is not suggested");
    }

    @Test
    void aLocalNeedCountsAgainstPairsAcrossTheBorder() {
        NeedOffer local = save(NeedOffer.Kind.NEED, oliver, Category.SUPPLIER, "Barrels nearby", Scope.LOCAL, today.plusMonths(1));
        Suggestion camilles = network.matcher.forNeed(local.id(), today, 10, EN).stream()
                .filter(s -> s.offer().id().equals(frenchSupply.id())).findFirst().orElseThrow();
        assertEquals(12.0 - 1.5 - 3, camilles.score(), 1e-9);
        assertTrue(camilles.reasons().contains("Meant to stay local, and the other is across the border"));
    }

    @Test
    void anAgencysOwnRuleTakesPartOnceRegisteredAndNotAfter() {
        MatchRule grants = new MatchRule() {
            @Override
            public String id() {
                return "sussex:grants";
            }

            @Override
            public Optional<Reason> assess(org.liaison.niches.matching.MatchSide seeker, org.liaison.niches.matching.MatchSide candidate,
                    org.liaison.niches.matching.TrustGraph trust) {
                return candidate.contact().id().equals(harry)
                        ? Optional.of(new Reason(id(), 10, locale -> "Eligible for the Sussex grant")) : Optional.empty();
            }
        };
        ServiceRegistration<MatchRule> registration = FrameworkUtil.getBundle(getClass()).getBundleContext()
                .registerService(MatchRule.class, grants, null);
        try {
            Suggestion first = network.matcher.forNeed(need.id(), today, 10, EN).get(0);
            assertEquals(harry, first.contact().id());
            assertEquals(14.5, first.score(), 1e-9);
            assertEquals("Eligible for the Sussex grant", first.reasons().get(0));
        } finally {
            registration.unregister();
        }
        assertEquals(camille, network.matcher.forNeed(need.id(), today, 10, EN).get(0).contact().id());
    }

    @Test
    void anExpiredOrClosedNeedIsRefusedForMatching() {
        NeedOffer soon = save(NeedOffer.Kind.NEED, oliver, Category.SUPPLIER, "Corks", Scope.ANY, today);
        ValidationException expired = assertThrows(ValidationException.class,
                () -> network.matcher.forNeed(soon.id(), today.plusDays(1), 10, EN));
        assertEquals("This need is expired: renew it or open it again to see suggestions.", expired.problems().get(0).message());
        ValidationException offer = assertThrows(ValidationException.class,
                () -> network.matcher.forNeed(frenchSupply.id(), today, 10, EN));
        assertEquals("Suggestions are for a need, not an offer.", offer.problems().get(0).message());
    }

    @Test
    void insideANicheEveryPairWorthIntroducingIsSuggestedExceptThoseAlreadyUnderWay() {
        Niche wine = network.niches.save(new Niche(null, "Wine", "Vin", null, null,
                new ProfileCriteria(Set.of("11"), Set.of("B2C"), Set.of(), Set.of()), "anne"), EN);
        List<PairSuggestion> pairs = network.matcher.inNiche(wine.id(), 100, EN);
        assertTrue(pairs.stream().anyMatch(p -> Set.of(p.first().id(), p.second().id()).equals(Set.of(oliver, camille))),
                pairs.toString());
        assertTrue(pairs.stream().allMatch(p -> p.score() >= 3.0 && !p.reasons().isEmpty()));
        List<Double> scores = pairs.stream().map(PairSuggestion::score).toList();
        assertEquals(scores.stream().sorted(java.util.Comparator.reverseOrder()).toList(), scores, "best first");

        assertTrue(network.matcher.forMember(oliver, 10, EN).stream().anyMatch(s -> s.contact().id().equals(camille)));
        network.introductions.propose(oliver, camille, wine.id(), null, null, "anne", "Barrels", today, EN);
        assertTrue(network.matcher.inNiche(wine.id(), 100, EN).stream()
                .noneMatch(p -> Set.of(p.first().id(), p.second().id()).equals(Set.of(oliver, camille))));
        assertTrue(network.matcher.forMember(oliver, 10, EN).stream().noneMatch(s -> s.contact().id().equals(camille)));
        network.niches.changeStatus(wine.id(), oliver, MemberStatus.DECLINED, today, EN);
        assertTrue(network.matcher.inNiche(wine.id(), 100, EN).stream()
                .noneMatch(p -> p.first().id().equals(oliver) || p.second().id().equals(oliver)), "who declined is not paired");
    }
}
