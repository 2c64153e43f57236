package org.liaison.niches.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.liaison.niches.tests.Network.EN;
import static org.liaison.niches.tests.Network.FR;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.contacts.ProfileCriteria;
import org.liaison.core.money.CurrencyCode;
import org.liaison.core.money.Money;
import org.liaison.niches.Introduction;
import org.liaison.niches.Niche;
import org.liaison.niches.Outcome;
import org.liaison.niches.OutcomeKind;
import org.liaison.niches.report.ValueLine;
import org.liaison.niches.report.ValueQuery;
import org.liaison.niches.report.ValueReport;

/**
 * The value report on a hand-made network: a cross-border introduction in a niche with outcomes
 * in pounds and euros, an English one outside any niche, and one still awaiting answers.
 */
class ValueReportTest {

    private static final LocalDate JANUARY = LocalDate.of(2026, 1, 10);
    private static final LocalDate MARCH = LocalDate.of(2026, 3, 5);

    private Network network;
    private Niche wine;
    private UUID oliver;

    @BeforeEach
    void network() {
        network = Network.fresh("report");
        UUID vineyard = network.organisation("Rye Vineyards Ltd", "GB-ESX", "11.02", "B2C");
        oliver = network.person("Oliver", "Hall", "GB-ESX", vineyard, "en");
        UUID camille = network.person("Camille", "Moreau", "FR-76", null, "fr");
        UUID amelia = network.person("=Amelia", "Green", "GB-ESX", null, "en");
        UUID jack = network.person("Jack", "Wright", "GB-ESX", null, "en");
        wine = network.niches.save(new Niche(null, "Wine", "Vin", null, null,
                new ProfileCriteria(Set.of("11"), Set.of("B2C"), Set.of(), Set.of()), "anne"), EN);

        Introduction crossBorder = accepted(oliver, camille, wine.id(), JANUARY);
        network.introductions.met(crossBorder.id(), JANUARY.plusDays(20), EN);
        outcome(crossBorder, OutcomeKind.CONTRACT, Money.of("1000.00", CurrencyCode.GBP), 2);
        outcome(crossBorder, OutcomeKind.PARTNERSHIP, Money.of("500.00", CurrencyCode.EUR), 1);
        Introduction english = accepted(amelia, jack, null, MARCH);
        outcome(english, OutcomeKind.NOTHING_YET, null, 0);
        network.introductions.propose(oliver, jack, null, null, null, "anne", "Both sell wine", MARCH, EN);
    }

    private Introduction accepted(UUID first, UUID second, UUID niche, LocalDate on) {
        Introduction introduction = network.introductions.propose(first, second, niche, null, null, "anne", "Same trade", on, EN);
        network.introductions.answer(introduction.id(), first, true, on.plusDays(1), EN);
        return network.introductions.answer(introduction.id(), second, true, on.plusDays(2), EN);
    }

    private void outcome(Introduction introduction, OutcomeKind kind, Money value, int jobs) {
        network.introductions.record(new Outcome(null, introduction.id(), kind, value, jobs, introduction.proposedOn().plusMonths(3), "anne",
                null), EN);
    }

    private static ValueLine line(List<ValueLine> lines, String key) {
        return lines.stream().filter(l -> l.key().equals(key)).findFirst().orElseThrow(() -> new AssertionError(key + " in " + lines));
    }

    @Test
    void totalsCountEachIntroductionOnceAndKeepEachCurrencyApart() {
        ValueReport report = network.reports.report(ValueQuery.ALL, 10, EN);
        ValueLine total = report.total();
        assertEquals(List.of(3L, 2L, 1L, 3L), List.of(total.proposed(), total.accepted(), total.met(), total.jobs()));
        assertEquals(Map.of(OutcomeKind.CONTRACT, 1L, OutcomeKind.PARTNERSHIP, 1L, OutcomeKind.NOTHING_YET, 1L), total.outcomes());
        assertEquals(Money.of("1000.00", CurrencyCode.GBP), total.value(CurrencyCode.GBP));
        assertEquals(Money.of("500.00", CurrencyCode.EUR), total.value(CurrencyCode.EUR));
        assertEquals(Money.of("1670.00", CurrencyCode.EUR), total.convertedTo(CurrencyCode.EUR, new BigDecimal("1.17")));

        assertEquals(3, line(report.byRegion(), "GB-ESX").proposed(), "every introduction has a Sussex side");
        assertEquals(1, line(report.byRegion(), "FR-76").proposed());
        assertEquals(Money.of("500.00", CurrencyCode.EUR), line(report.byRegion(), "FR-76").value(CurrencyCode.EUR));
        assertEquals(1, line(report.byNiche(), wine.id().toString()).proposed());
        assertEquals("Outside any niche", line(report.byNiche(), "").label());
        assertEquals(2, line(report.byNiche(), "").proposed());
        assertEquals(List.of("2026-01", "2026-03"), report.byMonth().stream().map(ValueLine::key).toList());
        assertEquals("Oliver Hall", report.byMember().get(0).label(), "the member whose introductions went furthest first");
        assertEquals(2, report.byMember().get(0).proposed());
    }

    @Test
    void aPeriodOrARegionNarrowsTheReport() {
        assertEquals(1, network.reports.report(new ValueQuery(JANUARY, JANUARY.plusMonths(1), null, null, null), 10, EN).total().proposed());
        assertEquals(1, network.reports.report(new ValueQuery(null, null, null, "FR-76", null), 10, EN).total().proposed());
        assertEquals(2, network.reports.report(new ValueQuery(null, null, null, null, oliver), 10, EN).total().proposed());
        assertEquals(1, network.reports.report(new ValueQuery(null, null, wine.id(), null, null), 10, EN).total().proposed());
    }

    @Test
    void theCsvKeepsBothCurrenciesAndStatesTheRateWhenItConverts() throws Exception {
        ValueReport report = network.reports.report(ValueQuery.ALL, 10, FR);
        StringWriter plain = new StringWriter();
        network.reports.writeCsv(report, plain, null, null, FR);
        String[] lines = plain.toString().split("\r\n");
        assertEquals("rubrique,clé,libellé,proposées,acceptées,rencontres,Partenariat,Contrat,Accord fournisseur,Candidature commune,"
                + "Échange de savoirs,Rien pour l'instant,emplois,valeur GBP,valeur EUR", lines[0]);
        assertEquals("Toutes les mises en relation,total,Toutes les mises en relation,3,2,1,1,1,0,0,0,1,3,1000.00,500.00", lines[1]);
        assertTrue(plain.toString().contains(",'=Amelia Green,"), "a name read as a formula is neutralised: " + plain);

        StringWriter converted = new StringWriter();
        network.reports.writeCsv(report, converted, CurrencyCode.EUR, new BigDecimal("1.17"), EN);
        String[] rows = converted.toString().split("\r\n");
        assertTrue(rows[0].endsWith(",total in EUR (1 GBP = 1.17 EUR)"), rows[0]);
        assertTrue(rows[1].endsWith(",1000.00,500.00,1670.00"), rows[1]);
    }
}
