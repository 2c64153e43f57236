package org.liaison.niches.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.liaison.niches.tests.Network.EN;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.liaison.niches.IntroductionStatus;
import org.liaison.niches.NeedOffer;
import org.liaison.niches.report.ValueQuery;
import org.liaison.test.support.StoreFixture;
import org.liaison.workbench.DemoData;

/** The niches of the demo network, loaded after its contacts as a new demo folder loads them. */
class DemoNichesTest {

    @Test
    void theDemoNetworkHasNichesNeedsAndIntroductionsAtEveryStage() throws Exception {
        Network network = Network.fresh("demo-niches");
        List<DemoData> demos = StoreFixture.context().getServiceReferences(DemoData.class, null).stream()
                .map(reference -> StoreFixture.context().getService(reference)).sorted(Comparator.comparingInt(DemoData::rank)).toList();
        demos.forEach(DemoData::load);

        assertEquals(5, network.niches.niches(EN).size());
        Map<IntroductionStatus, Long> counts = network.introductions.counts();
        for (IntroductionStatus status : List.of(IntroductionStatus.PROPOSED, IntroductionStatus.ACCEPTED, IntroductionStatus.MET,
                IntroductionStatus.CLOSED, IntroductionStatus.DECLINED)) {
            assertTrue(counts.get(status) > 0, status + " in " + counts);
        }
        assertFalse(network.introductions.awaitingAnswer(10).isEmpty(), "a Today card has something to show");
        assertFalse(network.introductions.followUpsDue(LocalDate.now(), null, 10).isEmpty(), "follow-ups are due");
        assertFalse(network.needsOffers.board(NeedOffer.Kind.NEED, null, null, LocalDate.now(), 10).isEmpty());
        assertFalse(network.needsOffers.expiring(LocalDate.now(), 14, 10).isEmpty(), "some need renewing");
        var total = network.reports.report(ValueQuery.ALL, 10, EN).total();
        assertTrue(total.value().size() == 2, "outcomes in pounds and euros: " + total.value());
    }
}
