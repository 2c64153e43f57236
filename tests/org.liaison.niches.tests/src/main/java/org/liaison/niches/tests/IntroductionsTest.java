package org.liaison.niches.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.liaison.niches.tests.Network.EN;
import static org.liaison.niches.tests.Network.FR;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.liaison.core.money.CurrencyCode;
import org.liaison.core.money.Money;
import org.liaison.core.validation.ValidationException;
import org.liaison.niches.Category;
import org.liaison.niches.FollowUp;
import org.liaison.niches.Introduction;
import org.liaison.niches.IntroductionMeetings;
import org.liaison.niches.IntroductionStatus;
import org.liaison.niches.NeedOffer;
import org.liaison.niches.Outcome;
import org.liaison.niches.OutcomeKind;
import org.liaison.niches.Referral;
import org.liaison.niches.Scope;
import org.liaison.test.support.StoreFixture;

/** Introductions with double opt-in, their outcomes and follow-ups, referrals, and what each refuses. */
class IntroductionsTest {

    private static final LocalDate PROPOSED = LocalDate.of(2026, 1, 15);

    private Network network;
    private UUID oliver;
    private UUID camille;
    private UUID hugo;

    @BeforeEach
    void network() {
        network = Network.fresh("introductions");
        oliver = network.person("Oliver", "Baker", "GB-ESX", null, "en");
        camille = network.person("Camille", "Martin", "FR-76", null, "fr");
        hugo = network.person("Hugo", "Girard", "FR-76", null, "fr");
    }

    private Introduction propose(UUID first, UUID second) {
        return network.introductions.propose(first, second, null, null, null, "anne", "Both make cider", PROPOSED, EN);
    }

    private static String refusal(Executable change) {
        return assertThrows(ValidationException.class, change).problems().get(0).message();
    }

    @Test
    void theyMeetOnlyOnceBothSidesAcceptedThenItCanBeClosed() {
        Introduction introduction = propose(oliver, camille);
        assertEquals(IntroductionStatus.PROPOSED, introduction.status());
        assertEquals("Both sides must accept before they meet.", refusal(() -> network.introductions.met(introduction.id(), PROPOSED, EN)));

        Introduction half = network.introductions.answer(introduction.id(), camille, true, PROPOSED.plusDays(2), EN);
        assertEquals(IntroductionStatus.PROPOSED, half.status(), "one side is not enough");
        assertEquals("This side has already answered.",
                refusal(() -> network.introductions.answer(introduction.id(), camille, false, PROPOSED.plusDays(3), EN)));
        assertEquals("Les deux parties doivent accepter avant de se rencontrer.",
                refusal(() -> network.introductions.met(introduction.id(), PROPOSED.plusDays(3), FR)));
        assertEquals(List.of(introduction.id()), network.introductions.awaitingAnswer(10).stream().map(Introduction::id).toList());

        Introduction both = network.introductions.answer(introduction.id(), oliver, true, PROPOSED.plusDays(4), EN);
        assertEquals(IntroductionStatus.ACCEPTED, both.status());
        assertEquals(PROPOSED.plusDays(4), both.acceptedOn());
        assertEquals("Only an introduction whose members met can be closed; this one is accepted by both.",
                refusal(() -> network.introductions.close(introduction.id(), PROPOSED.plusDays(5), EN)));

        UUID meeting = UUID.randomUUID();
        Introduction met = StoreFixture.service(IntroductionMeetings.class).metAt(introduction.id(), meeting, PROPOSED.plusDays(10), EN);
        assertEquals(IntroductionStatus.MET, met.status());
        assertEquals(meeting, met.meeting());
        assertEquals(List.of(introduction.id()),
                StoreFixture.service(IntroductionMeetings.class).atMeeting(meeting).stream().map(Introduction::id).toList());
        assertEquals(IntroductionStatus.CLOSED, network.introductions.close(introduction.id(), PROPOSED.plusDays(40), EN).status());
        assertEquals(1, network.introductions.counts().get(IntroductionStatus.CLOSED));
    }

    @Test
    void oneSideDecliningEndsItAndThePairCanBeIntroducedAgainLater() {
        Introduction introduction = propose(oliver, camille);
        assertEquals("These two already have an introduction under way.", refusal(() -> propose(camille, oliver)));
        network.introductions.answer(introduction.id(), oliver, false, PROPOSED.plusDays(1), EN);
        assertEquals(IntroductionStatus.DECLINED, network.introductions.find(introduction.id()).orElseThrow().status());
        assertEquals("This introduction is declined: answers are no longer recorded.",
                refusal(() -> network.introductions.answer(introduction.id(), camille, true, PROPOSED.plusDays(2), EN)));
        assertEquals("Only the two members introduced can answer.",
                refusal(() -> network.introductions.answer(propose(oliver, hugo).id(), camille, true, PROPOSED, EN)));
        assertEquals("Outcomes and follow-ups are for introductions both sides accepted.", refusal(() -> network.introductions.record(
                new Outcome(null, introduction.id(), OutcomeKind.CONTRACT, null, 0, PROPOSED.plusDays(3), "anne", null), EN)));
        assertEquals(IntroductionStatus.PROPOSED, propose(camille, oliver).status(), "a declined introduction is no longer under way");
    }

    @Test
    void followUpsFallDueThreeSixAndTwelveMonthsAfterBothAcceptedForTheProposer() {
        Introduction introduction = propose(oliver, camille);
        assertEquals(List.of(), network.introductions.followUps(introduction.id()), "none before both accepted");
        network.introductions.answer(introduction.id(), oliver, true, PROPOSED.plusDays(1), EN);
        LocalDate accepted = PROPOSED.plusDays(6);
        network.introductions.answer(introduction.id(), camille, true, accepted, EN);

        assertEquals(List.of(accepted.plusMonths(3), accepted.plusMonths(6), accepted.plusMonths(12)),
                network.introductions.followUps(introduction.id()).stream().map(FollowUp::due).toList());
        List<FollowUp> due = network.introductions.followUpsDue(accepted.plusMonths(6), null, 10);
        assertEquals(List.of(3, 6), due.stream().map(FollowUp::months).toList());
        assertEquals(Set.of("anne"), due.stream().map(FollowUp::assignee).collect(java.util.stream.Collectors.toSet()));
        assertEquals(List.of(), network.introductions.followUpsDue(accepted.plusMonths(6), "someone-else", 10));

        network.introductions.followedUp(introduction.id(), 3, accepted.plusMonths(3), "anne", EN);
        assertEquals(List.of(6), network.introductions.followUpsDue(accepted.plusMonths(6), "anne", 10).stream().map(FollowUp::months)
                .toList());
        assertEquals(accepted.plusMonths(3), network.introductions.followUps(introduction.id()).get(0).doneOn());
        assertNull(network.introductions.followUps(introduction.id()).get(1).doneOn());
        assertEquals("Follow-ups are at 3, 6 or 12 months.",
                refusal(() -> network.introductions.followedUp(introduction.id(), 4, accepted, "anne", EN)));
    }

    @Test
    void badInputIsRefusedWithAClearMessageAndNothingIsHalfSaved() {
        assertEquals("A member cannot be introduced to themselves.", refusal(() -> propose(oliver, oliver)));
        UUID nobody = UUID.randomUUID();
        assertEquals("No such contact: " + nobody + ".", refusal(() -> propose(oliver, nobody)));
        assertEquals("Required.", refusal(() -> network.introductions.propose(oliver, camille, null, null, null, "anne", " ", PROPOSED, EN)));

        Introduction introduction = propose(oliver, camille);
        network.introductions.answer(introduction.id(), oliver, true, PROPOSED, EN);
        network.introductions.answer(introduction.id(), camille, true, PROPOSED, EN);
        ValidationException negative = assertThrows(ValidationException.class, () -> network.introductions.record(new Outcome(null,
                introduction.id(), OutcomeKind.CONTRACT, Money.of("-10.00", CurrencyCode.GBP), -1, PROPOSED, "anne", null), EN));
        assertEquals(List.of("value", "jobs"), negative.problems().stream().map(p -> p.field()).toList());
        ValidationException currency = assertThrows(ValidationException.class, () -> Money.parse("1200 USD", "value", EN));
        assertEquals("value", currency.problems().get(0).field(), currency.getMessage());
        assertEquals("The date is before the introduction was proposed (2026-01-15).", refusal(() -> network.introductions.record(
                new Outcome(null, introduction.id(), OutcomeKind.CONTRACT, null, 1, PROPOSED.minusDays(1), "anne", null), EN)));
        assertEquals("The date is in the future.", refusal(() -> network.introductions.record(new Outcome(null, introduction.id(),
                OutcomeKind.CONTRACT, null, 1, LocalDate.now().plusDays(1), "anne", null), EN)));
        assertEquals(0, network.rows("NICHE_OUTCOME"));
        UUID nowhere = UUID.randomUUID();
        assertEquals("No such niche: " + nowhere + ".", refusal(() -> network.introductions.propose(oliver, hugo, nowhere, null, null,
                "anne", "Cider", PROPOSED, EN)));

        NeedOffer expiring = network.needsOffers.save(new NeedOffer(null, NeedOffer.Kind.NEED, camille, Category.SUPPLIER,
                "Oak barrels", "fr", Set.of(), Set.of(), Scope.ANY, LocalDate.now(), null), EN);
        LocalDate tomorrow = LocalDate.now().plusDays(1);
        assertTrue(refusal(() -> network.introductions.propose(hugo, camille, null, expiring.id(), null, "anne", "Barrels", tomorrow, EN))
                .startsWith("Not open for matching: Oak barrels"));
        assertEquals(1, network.rows("NICHE_INTRODUCTION"), "the refused introductions were not written");
        assertEquals("The date has passed: choose a day from today on.", refusal(() -> network.needsOffers.save(new NeedOffer(null,
                NeedOffer.Kind.OFFER, hugo, Category.SUPPLIER, "Casks", "fr", Set.of(), Set.of(), Scope.ANY, LocalDate.now().minusDays(1),
                null), EN)));
        assertEquals(List.of(expiring.id()), network.needsOffers.expiring(LocalDate.now(), 14, 10).stream().map(NeedOffer::id).toList(),
                "listed for its owner to renew");
        NeedOffer hugosOffer = network.needsOffers.save(new NeedOffer(null, NeedOffer.Kind.OFFER, hugo, Category.SUPPLIER, "Casks",
                "fr", Set.of(), Set.of(), Scope.ANY, LocalDate.now().plusMonths(1), null), EN);
        assertTrue(refusal(() -> network.introductions.propose(oliver, camille, null, null, hugosOffer.id(), "anne", "Casks",
                LocalDate.now(), EN)).startsWith("Not a need or offer of these two members"), "an offer of someone else");
        assertTrue(refusal(() -> network.introductions.propose(hugo, oliver, null, hugosOffer.id(), null, "anne", "Casks",
                LocalDate.now(), EN)).startsWith("Not a need or offer of these two members"), "an offer given as a need");
        network.needsOffers.renew(expiring.id(), tomorrow.plusMonths(6), tomorrow, EN);
        assertEquals(List.of(), network.needsOffers.expiring(LocalDate.now(), 14, 10));
    }

    @Test
    void aReferralBecomesThePersonsReferrerWhenTheyHadNoneAndTheGraphReachesTwoSteps() {
        Referral referral = network.referrals.record(oliver, camille, PROPOSED, "Dieppe trade fair", EN);
        assertEquals(oliver, network.contacts.person(camille).orElseThrow().referredBy(), "the contact record's first edge");
        network.referrals.record(hugo, camille, PROPOSED.plusDays(1), "", EN);
        assertEquals(oliver, network.contacts.person(camille).orElseThrow().referredBy(), "the first referrer stays");
        assertEquals("This referral is already recorded.", refusal(() -> network.referrals.record(oliver, camille, PROPOSED, "", EN)));
        assertEquals("A contact cannot refer themselves.", refusal(() -> network.referrals.record(hugo, hugo, PROPOSED, "", EN)));

        UUID zoe = network.person("Zoé", "Dupont", "FR-76", null, "fr");
        UUID louis = network.person("Louis", "Roux", "FR-76", null, "fr");
        network.contacts.save(network.contacts.person(zoe).map(p -> new org.liaison.contacts.Person(p.id(), p.givenName(), p.familyName(),
                p.preferredLanguage(), p.languages(), p.region(), p.address(), p.role(), p.readiness(), p.source(), hugo, p.ownerStaff(),
                p.emails(), p.phones(), p.tags(), p.barriers())).orElseThrow(), EN);
        assertEquals(Set.of(oliver + ">" + camille, hugo + ">" + camille), edges(network.referrals.of(camille)));
        assertEquals(Set.of(oliver + ">" + camille, hugo + ">" + camille, hugo + ">" + zoe), edges(network.referrals.around(camille, 2)),
                "the edge only the contact record holds is part of the graph");
        assertTrue(network.referrals.of(oliver).contains(referral));
        Referral recorded = network.referrals.record(hugo, zoe, PROPOSED, "Rouen breakfast", EN);
        assertEquals("Rouen breakfast", recorded.how(), "the edge the contact record held is recorded with its date and how");
        assertEquals("Required.", refusal(() -> network.referrals.record(null, louis, PROPOSED, "", EN)));
    }

    private static Set<String> edges(List<Referral> referrals) {
        return referrals.stream().map(r -> r.referrer() + ">" + r.referred()).collect(java.util.stream.Collectors.toSet());
    }
}
