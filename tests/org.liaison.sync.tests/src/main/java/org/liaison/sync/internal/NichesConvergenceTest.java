package org.liaison.sync.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaison.contacts.internal.StoreContactProfiles;
import org.liaison.core.money.CurrencyCode;
import org.liaison.core.money.Money;
import org.liaison.niches.FollowUp;
import org.liaison.niches.Introduction;
import org.liaison.niches.IntroductionStatus;
import org.liaison.niches.Outcome;
import org.liaison.niches.OutcomeKind;
import org.liaison.niches.internal.StoreIntroductions;
import org.liaison.server.Role;
import org.liaison.store.Store;
import org.liaison.sync.internal.SyncServerFixture.Desktop;
import org.liaison.test.support.StoreFixture;

/**
 * Two desktops and the server: each side's answer to an introduction recorded on a different
 * desktop while both are offline, then the meeting on one and the outcome on the other; after
 * syncing, every database holds the same introduction, accepted by both and met, with its outcome
 * and the same follow-ups. The niches' own service writes on each desktop's database.
 */
@ExtendWith(OwnServer.class)
class NichesConvergenceTest {

    private static final LocalDate PROPOSED = LocalDate.of(2026, 3, 2);
    private static final Locale EN = Locale.ENGLISH;

    private static StoreIntroductions introductions(Store store) {
        return new StoreIntroductions(store, new StoreContactProfiles(store));
    }

    @Test
    void eachSidesAnswerFromADifferentDesktopTheMeetingAndTheOutcomeConverge() {
        String account = SyncServerFixture.account("niches-staff", Role.STAFF);
        Desktop a = SyncServerFixture.desktop(account, Duration.ZERO, SyncServerFixture.transport());
        Desktop b = SyncServerFixture.desktop(account, Duration.ZERO, SyncServerFixture.transport());
        UUID oliver = ListedPeople.person(a.store().store(), "Oliver", "Hall");
        UUID camille = ListedPeople.person(a.store().store(), "Camille", "Moreau");
        Introduction proposed = introductions(a.store().store()).propose(oliver, camille, null, null, null, "anne", "Both make cider",
                PROPOSED, EN);
        a.engine().sync();
        b.engine().sync();
        assertEquals(IntroductionStatus.PROPOSED, introductions(b.store().store()).find(proposed.id()).orElseThrow().status());

        // both offline: Oliver's answer reaches one desktop, Camille's the other
        introductions(a.store().store()).answer(proposed.id(), oliver, true, PROPOSED.plusDays(1), EN);
        introductions(b.store().store()).answer(proposed.id(), camille, true, PROPOSED.plusDays(2), EN);
        a.engine().sync();
        b.engine().sync();
        a.engine().sync();
        for (Desktop desktop : List.of(a, b)) {
            Introduction seen = introductions(desktop.store().store()).find(proposed.id()).orElseThrow();
            assertEquals(IntroductionStatus.ACCEPTED, seen.status(), desktop.name() + " holds both answers");
        }

        // offline again: they met, recorded on A; the outcome, recorded on B
        introductions(a.store().store()).met(proposed.id(), PROPOSED.plusDays(20), EN);
        introductions(b.store().store()).record(new Outcome(null, proposed.id(), OutcomeKind.SUPPLIER_DEAL, Money.of("4500.00", CurrencyCode.EUR),
                2, PROPOSED.plusDays(30), "anne", "Barrels for the 2026 pressing"), EN);
        b.engine().sync();
        a.engine().sync();
        b.engine().sync();

        Store server = StoreFixture.service(Store.class);
        Introduction expected = introductions(a.store().store()).find(proposed.id()).orElseThrow();
        assertEquals(IntroductionStatus.MET, expected.status());
        assertEquals(PROPOSED.plusDays(2), expected.acceptedOn());
        List<Outcome> outcomes = introductions(a.store().store()).outcomes(proposed.id());
        assertEquals(1, outcomes.size());
        assertEquals(Money.of("4500.00", CurrencyCode.EUR), outcomes.get(0).value());
        List<FollowUp> followUps = introductions(a.store().store()).followUps(proposed.id());
        for (Store store : List.of(b.store().store(), server)) {
            assertEquals(expected, introductions(store).find(proposed.id()).orElseThrow());
            assertEquals(outcomes, introductions(store).outcomes(proposed.id()));
            assertEquals(followUps, introductions(store).followUps(proposed.id()));
        }
        a.store().close();
        b.store().close();
    }
}
