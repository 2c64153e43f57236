package org.liaison.niches.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.liaison.niches.tests.Network.EN;
import static org.liaison.niches.tests.Network.FR;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.contacts.ProfileCriteria;
import org.liaison.core.validation.ValidationException;
import org.liaison.core.validation.ValidationProblem;
import org.liaison.niches.Member;
import org.liaison.niches.MemberStatus;
import org.liaison.niches.Niche;
import org.liaison.niches.NicheHealth;
import org.liaison.store.Store;
import org.liaison.test.support.StoreFixture;

/** Niche rules evaluated over real contacts, members' statuses and what a niche refuses. */
class NicheServiceTest {

    private Network network;
    private UUID sussexSoftware;
    private UUID rouenSoftware;
    private UUID normandyBakery;
    private UUID b2bSoftware;
    private UUID alice;
    private UUID brigitte;

    @BeforeEach
    void network() {
        network = Network.fresh("niches");
        sussexSoftware = network.organisation("Weald Code Ltd", "GB-ESX", "62.01", "PUBLIC");
        rouenSoftware = network.organisation("Rouen Logiciels SARL", "FR-76", "62", "PUBLIC");
        normandyBakery = network.organisation("Boulangerie Fécamp", "FR-76", "10.71", "PUBLIC");
        b2bSoftware = network.organisation("Brighton Systems Ltd", "GB-ESX", "62.02", "B2B");
        alice = network.person("Alice", "Walker", "GB-ESX", sussexSoftware, "en");
        brigitte = network.person("Brigitte", "Leroy", "FR-76", rouenSoftware, "fr", "en");
        network.person("Bernard", "Roux", "FR-76", normandyBakery, "fr");
    }

    private static Niche niche(Set<String> sectors, Set<String> segments, Set<String> regions, Set<String> languages) {
        return new Niche(null, "Software for councils", "Logiciels pour les collectivités", null, null,
                new ProfileCriteria(sectors, segments, regions, languages), "anne");
    }

    private static UUID termRow(UUID niche, String term) {
        return StoreFixture.service(Store.class).read(connection -> {
            try (var query = connection.prepareStatement("SELECT ID FROM NICHE_RULE_TERM WHERE NICHE_ID = ? AND TERM = ?")) {
                query.setObject(1, niche);
                query.setString(2, term);
                try (var row = query.executeQuery()) {
                    row.next();
                    return row.getObject(1, UUID.class);
                }
            }
        });
    }

    private Set<UUID> members(Niche niche) {
        return network.niches.members(niche.id(), 100).stream().map(m -> m.contact().id()).collect(Collectors.toSet());
    }

    @Test
    void aDivisionTakesInItsClassesAndAnOrganisationBringsItsPeople() {
        Niche all = network.niches.save(niche(Set.of("62"), Set.of("PUBLIC"), Set.of(), Set.of()), EN);
        assertEquals(Set.of(sussexSoftware, alice, rouenSoftware, brigitte), members(all),
                "62 takes in 62.01; the B2B firm and the bakery are out; people come with their organisation");
        assertEquals(4, network.niches.count(all.rule()));

        Niche normandy = network.niches.save(niche(Set.of("62"), Set.of("PUBLIC"), Set.of("FR-76"), Set.of()), EN);
        assertEquals(Set.of(rouenSoftware, brigitte), members(normandy), "a region narrows");

        Niche english = network.niches.save(niche(Set.of("62"), Set.of("PUBLIC"), Set.of(), Set.of("en")), EN);
        assertEquals(Set.of(sussexSoftware, alice, rouenSoftware, brigitte), members(english),
                "Brigitte speaks English too, and an organisation passes through its people");
        Niche french = network.niches.save(niche(Set.of("62"), Set.of("PUBLIC"), Set.of(), Set.of("fr")), EN);
        assertEquals(Set.of(rouenSoftware, brigitte), members(french));

        Niche bySection = network.niches.save(niche(Set.of("J"), Set.of("B2B"), Set.of(), Set.of()), EN);
        assertEquals(Set.of(b2bSoftware), members(bySection), "a section letter takes in its divisions");
        assertTrue(network.niches.nichesMatching(brigitte, EN).stream().map(Niche::id).toList()
                .containsAll(List.of(all.id(), normandy.id(), english.id(), french.id())));

        // the sector from one organisation and the segment from another do not make a member
        UUID twoJobs = network.person("Tom", "Two-Jobs", "GB-ESX", b2bSoftware, "en");
        network.affiliate(twoJobs, normandyBakery);
        assertFalse(members(all).contains(twoJobs), "62 at one employer, public sector at the other");
        assertFalse(network.niches.nichesMatching(twoJobs, EN).stream().anyMatch(n -> n.id().equals(all.id())),
                "the contact's own view agrees with the niche's list");
        UUID noRegion = network.person("Nora", "Sans-Region", null, rouenSoftware, "fr");
        assertTrue(members(normandy).contains(noRegion), "a person without a region is placed by their organisation");
        assertTrue(network.niches.nichesMatching(noRegion, EN).stream().anyMatch(n -> n.id().equals(normandy.id())));
    }

    @Test
    void aNicheWithoutSectorOrSegmentOrWithUnknownCodesIsRefusedNamingTheFieldAndNothingIsSaved() {
        ValidationException refused = assertThrows(ValidationException.class, () -> network.niches.save(new Niche(null, "", " ", null, null,
                new ProfileCriteria(Set.of(), Set.of(), Set.of("Sussex"), Set.of("english")), null), EN));
        Map<String, String> byField = refused.problems().stream()
                .collect(Collectors.toMap(ValidationProblem::field, ValidationProblem::message, (a, b) -> a + " " + b));
        assertEquals(Set.of("nameEn", "nameFr", "sectors", "segments", "regions", "languages"), byField.keySet());
        assertTrue(byField.get("sectors").contains("specific in sector and customer"), byField.get("sectors"));

        ValidationException unknown = assertThrows(ValidationException.class,
                () -> network.niches.save(niche(Set.of("99.99"), Set.of("NOBODY"), Set.of(), Set.of()), FR));
        assertEquals(List.of("Pas un secteur NACE : 99.99.", "Pas un segment de clientèle de ce réseau : NOBODY."),
                unknown.problems().stream().map(ValidationProblem::message).toList());
        assertEquals(0, network.rows("NICHE_NETWORK"));
        assertEquals(0, network.rows("NICHE_RULE_TERM"));
    }

    @Test
    void aRuleThatFindsNobodyIsSavedCountedAsNobodyAndFlaggedThin() {
        Niche empty = network.niches.save(niche(Set.of("01"), Set.of("B2C"), Set.of(), Set.of()), EN);
        assertEquals(0, network.niches.count(empty.rule()));
        NicheHealth health = network.niches.health(LocalDate.now(), 6, EN).stream().filter(h -> h.niche().id().equals(empty.id()))
                .findFirst().orElseThrow();
        assertTrue(health.thin());
        assertEquals(0, health.candidates());
    }

    @Test
    void membersMoveOnlyAlongTheAllowedPathsAndAnInvalidMoveSaysWhichArePossible() {
        Niche niche = network.niches.save(niche(Set.of("62"), Set.of("PUBLIC"), Set.of(), Set.of()), EN);
        LocalDate day = LocalDate.of(2026, 3, 2);
        Member joined = network.niches.changeStatus(niche.id(), alice, MemberStatus.JOINED, day, EN);
        assertEquals(MemberStatus.JOINED, joined.status());
        assertEquals(day, joined.joinedOn());
        assertTrue(joined.matchesRule());

        ValidationException refused = assertThrows(ValidationException.class,
                () -> network.niches.changeStatus(niche.id(), alice, MemberStatus.INVITED, day.plusDays(1), EN));
        assertEquals("A member who is joined cannot become invited; possible: left.", refused.problems().get(0).message());

        ValidationException oneCannot = assertThrows(ValidationException.class, () -> network.niches.changeStatus(niche.id(),
                List.of(brigitte, alice), MemberStatus.INVITED, day.plusDays(2), EN));
        assertTrue(oneCannot.problems().get(0).message().startsWith("Alice Walker: "), oneCannot.getMessage());
        assertTrue(network.niches.membershipsOf(brigitte).isEmpty(), "several members move together or not at all");
        network.niches.changeStatus(niche.id(), alice, MemberStatus.LEFT, day.plusDays(30), EN);
        network.niches.changeStatus(niche.id(), List.of(brigitte), MemberStatus.INVITED, day, EN);
        Map<UUID, MemberStatus> statuses = network.niches.members(niche.id(), 100).stream()
                .collect(Collectors.toMap(m -> m.contact().id(), Member::status));
        assertEquals(Map.of(alice, MemberStatus.LEFT, brigitte, MemberStatus.INVITED, sussexSoftware, MemberStatus.CANDIDATE,
                rouenSoftware, MemberStatus.CANDIDATE), statuses);
        assertEquals(List.of(MemberStatus.LEFT), network.niches.membershipsOf(alice).stream().map(Member::status).toList());

        UUID outsider = network.person("Olive", "Ward", "GB-ESX", null, "en");
        Member byHand = network.niches.changeStatus(niche.id(), outsider, MemberStatus.JOINED, day, EN);
        assertFalse(byHand.matchesRule(), "staff may add someone the rule does not find");
        assertTrue(network.niches.members(niche.id(), 100).stream().anyMatch(m -> m.contact().id().equals(outsider)));
        assertFalse(network.niches.inNoNiche(100).stream().anyMatch(c -> c.id().equals(outsider)));
        assertTrue(network.niches.inNoNiche(100).stream().anyMatch(c -> c.id().equals(brigitte)), "invited is not joined");
    }

    @Test
    void editingARuleKeepsTheTermsThatStayAndEveryTableIsSynced() {
        Niche niche = network.niches.save(niche(Set.of("62"), Set.of("PUBLIC"), Set.of(), Set.of()), EN);
        Niche edited = network.niches.save(new Niche(niche.id(), "Software", "Logiciels", "For councils", "Pour les collectivités",
                new ProfileCriteria(Set.of("62", "58"), Set.of("PUBLIC"), Set.of("FR-76"), Set.of()), "anne"), EN);
        assertEquals(Set.of("62", "58"), network.niches.niche(niche.id()).orElseThrow().rule().sectors());
        assertEquals("Pour les collectivités", network.niches.niche(edited.id()).orElseThrow().description(FR));
        assertEquals(4, network.rows("NICHE_RULE_TERM"));
        UUID removedRow = termRow(niche.id(), "58");
        network.niches.save(new Niche(niche.id(), "Software", "Logiciels", null, null,
                new ProfileCriteria(Set.of("62"), Set.of("PUBLIC"), Set.of("FR-76"), Set.of()), "anne"), EN);
        network.niches.save(edited, EN);
        assertEquals(Set.of("62", "58"), network.niches.niche(niche.id()).orElseThrow().rule().sectors(), "removed, then added again");
        assertFalse(removedRow.equals(termRow(niche.id(), "58")),
                "a term added again is a new row: the server keeps the removed one's deletion and would refuse its id");

        List<String> synced = StoreFixture.service(Store.class).read(connection -> {
            try (var query = connection.prepareStatement("SELECT TABLE_NAME FROM LIAISON_SYNCED_TABLE WHERE OWNER = 'org.liaison.niches' "
                    + "ORDER BY TABLE_NAME"); var rows = query.executeQuery()) {
                List<String> names = new java.util.ArrayList<>();
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
                return names;
            }
        });
        assertEquals(List.of("NICHE_FOLLOW_UP", "NICHE_INTRODUCTION", "NICHE_MEMBER", "NICHE_NEED_OFFER", "NICHE_NEED_OFFER_TERM",
                "NICHE_NETWORK", "NICHE_OUTCOME", "NICHE_REFERRAL", "NICHE_RULE_TERM"), synced);

        network.niches.delete(niche.id());
        assertEquals(0, network.rows("NICHE_RULE_TERM"));
        assertTrue(network.niches.niche(niche.id()).isEmpty());
        assertThrows(ValidationException.class, () -> network.niches.save(edited, EN), "a niche deleted meanwhile is not made again");
        assertEquals(0, network.rows("NICHE_NETWORK"));
    }
}
