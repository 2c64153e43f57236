package org.liaison.niches.internal.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import org.liaison.contacts.ContactSummary;
import org.liaison.contacts.ProfileCriteria;
import org.liaison.core.money.CurrencyCode;
import org.liaison.core.money.Money;
import org.liaison.niches.Category;
import org.liaison.niches.Introduction;
import org.liaison.niches.Introductions;
import org.liaison.niches.Member;
import org.liaison.niches.MemberStatus;
import org.liaison.niches.NeedOffer;
import org.liaison.niches.NeedsOffers;
import org.liaison.niches.Niche;
import org.liaison.niches.NicheService;
import org.liaison.niches.Outcome;
import org.liaison.niches.OutcomeKind;
import org.liaison.niches.Referrals;
import org.liaison.niches.Scope;
import org.liaison.store.Store;
import org.liaison.workbench.DemoData;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The demo network's niches over the demo contacts: five niches with members at every status,
 * needs and offers (some about to expire), referrals, and introductions at every stage with
 * outcomes in pounds and euros. Always the same (a fixed seed), dated from the day it is loaded.
 */
@Component
public class DemoNiches implements DemoData {

    private record Plan(String nameEn, String nameFr, String descriptionEn, String descriptionFr, Set<String> sectors,
            Set<String> segments) {
    }

    private static final List<Plan> PLANS = List.of(
            new Plan("Channel boatbuilders", "Constructeurs navals de la Manche",
                    "Boatyards and marine engineers on both coasts, selling to other firms.",
                    "Chantiers et ingénierie marine des deux côtes, qui vendent aux entreprises.", Set.of("30"), Set.of("B2B")),
            new Plan("Cider, wine and beer makers", "Cidre, vin et bière",
                    "Vineyards, cider houses and breweries selling to the public.",
                    "Vignobles, cidreries et brasseries qui vendent au public.", Set.of("11"), Set.of("B2C")),
            new Plan("Software for public services", "Logiciels pour le service public",
                    "Software firms whose customers are councils, schools and hospitals.",
                    "Éditeurs dont les clients sont les collectivités, les écoles et les hôpitaux.", Set.of("62"), Set.of("PUBLIC")),
            new Plan("Food for the table", "Alimentation de proximité",
                    "Bakeries and fishmongers selling direct.", "Boulangeries et marées en vente directe.", Set.of("10"), Set.of("B2C")),
            new Plan("Makers for business", "Fabricants pour les entreprises",
                    "Printers and ceramicists working for other firms.", "Imprimeurs et faïenciers qui travaillent pour les entreprises.",
                    Set.of("18", "23"), Set.of("B2B")));

    private static final String[][] NEEDS = {
            {"A distributor across the Channel for our range", "Un distributeur outre-Manche pour notre gamme"},
            {"Advice on export paperwork after Brexit", "Des conseils sur les formalités d'export après le Brexit"},
            {"A supplier of oak barrels", "Un fournisseur de fûts de chêne"},
            {"A partner for a joint bid to the regional council", "Un partenaire pour une candidature commune au conseil régional"},
            {"Workshop space near the harbour", "Un atelier près du port"}};
    private static final Category[] NEED_CATEGORIES = {Category.MARKET_ACCESS, Category.EXPERTISE, Category.SUPPLIER,
            Category.PARTNER, Category.PREMISES};
    private static final String[][] OFFERS = {
            {"Introductions to buyers in our region", "Des contacts avec les acheteurs de notre région"},
            {"Twenty years of export experience to share", "Vingt ans d'expérience de l'export à partager"},
            {"Oak barrels made to order", "Des fûts de chêne sur mesure"},
            {"Looking to bid together on public tenders", "Prêts à répondre ensemble aux appels d'offres"},
            {"Spare workshop space to let", "Un atelier disponible à louer"}};
    private static final Category[] OFFER_CATEGORIES = {Category.MARKET_ACCESS, Category.EXPERTISE, Category.SUPPLIER,
            Category.PARTNER, Category.PREMISES};

    private final Store store;
    private final NicheService niches;
    private final NeedsOffers needsOffers;
    private final Referrals referrals;
    private final Introductions introductions;

    @Activate
    public DemoNiches(@Reference Store store, @Reference NicheService niches, @Reference NeedsOffers needsOffers,
            @Reference Referrals referrals, @Reference Introductions introductions) {
        this.store = store;
        this.niches = niches;
        this.needsOffers = needsOffers;
        this.referrals = referrals;
        this.introductions = introductions;
    }

    @Override
    public int rank() {
        return 30;
    }

    /** In one transaction, which every service called joins. */
    @Override
    public void load() {
        store.transaction(connection -> {
            write(LocalDate.now());
            return null;
        });
    }

    private void write(LocalDate today) {
        Random random = new Random(2007);
        Locale locale = Locale.ENGLISH;
        for (Plan plan : PLANS) {
            Niche niche = niches.save(new Niche(null, plan.nameEn, plan.nameFr, plan.descriptionEn, plan.descriptionFr,
                    new ProfileCriteria(plan.sectors, plan.segments, Set.of(), Set.of()), "demo"), locale);
            List<Member> members = niches.members(niche.id(), 200);
            List<ContactSummary> joined = new ArrayList<>();
            for (int i = 0; i < members.size(); i++) {
                ContactSummary contact = members.get(i).contact();
                MemberStatus status = i % 5 == 4 ? MemberStatus.INVITED : i % 11 == 7 ? MemberStatus.DECLINED : MemberStatus.JOINED;
                niches.changeStatus(niche.id(), contact.id(), status, today.minusDays(200 - i), locale);
                if (status == MemberStatus.JOINED) {
                    joined.add(contact);
                }
            }
            needsAndOffers(joined, today, random, locale);
            introduce(niche, joined, today, random, locale);
        }
    }

    private void needsAndOffers(List<ContactSummary> joined, LocalDate today, Random random, Locale locale) {
        for (int i = 0; i < joined.size(); i++) {
            ContactSummary owner = joined.get(i);
            boolean french = owner.region() != null && owner.region().startsWith("FR");
            int text = random.nextInt(NEEDS.length);
            NeedOffer.Kind kind = i % 2 == 0 ? NeedOffer.Kind.NEED : NeedOffer.Kind.OFFER;
            String[] description = kind == NeedOffer.Kind.NEED ? NEEDS[text] : OFFERS[text];
            Category category = kind == NeedOffer.Kind.NEED ? NEED_CATEGORIES[text] : OFFER_CATEGORIES[text];
            LocalDate until = today.plusDays(i % 7 == 3 ? 10 : 60 + random.nextInt(240));
            needsOffers.save(new NeedOffer(null, kind, owner.id(), category, description[french ? 1 : 0], french ? "fr" : "en", Set.of(),
                    Set.of(), i % 3 == 0 ? Scope.CROSS_BORDER : Scope.ANY, until, null), locale);
        }
    }

    /** Pairs across the border, each at a later stage than the one before. */
    private void introduce(Niche niche, List<ContactSummary> joined, LocalDate today, Random random, Locale locale) {
        List<ContactSummary> sussex = joined.stream().filter(c -> "GB-ESX".equals(c.region())).toList();
        List<ContactSummary> normandy = joined.stream().filter(c -> "FR-76".equals(c.region())).toList();
        int pairs = Math.min(6, Math.min(sussex.size(), normandy.size()));
        for (int i = 0; i < pairs; i++) {
            ContactSummary english = sussex.get(i);
            ContactSummary french = normandy.get(i);
            if (i == 0) {
                referrals.record(english.id(), french.id(), today.minusDays(400),
                        "Met at the Dieppe trade fair / Rencontre \u00e0 la foire de Dieppe", locale);
            }
            LocalDate proposed = today.minusDays(20 + 50L * i);
            Introduction introduction = introductions.propose(english.id(), french.id(), niche.id(), null, null, "demo",
                    english.name() + " and " + french.name() + " work in the same trade on either side of the Channel. / " + english.name()
                            + " et " + french.name() + " exercent le m\u00eame m\u00e9tier de part et d'autre de la Manche.",
                    proposed, locale);
            if (i == 0) {
                continue; // awaiting both answers
            }
            introductions.answer(introduction.id(), english.id(), true, proposed.plusDays(3), locale);
            if (i == 1) {
                continue; // awaiting the French side
            }
            introductions.answer(introduction.id(), french.id(), i != 2, proposed.plusDays(5), locale);
            if (i <= 3) {
                continue; // declined, or accepted and not met yet
            }
            introductions.met(introduction.id(), proposed.plusDays(20), locale);
            CurrencyCode currency = i % 2 == 0 ? CurrencyCode.GBP : CurrencyCode.EUR;
            introductions.record(new Outcome(null, introduction.id(), i == 4 ? OutcomeKind.SUPPLIER_DEAL : OutcomeKind.PARTNERSHIP,
                    Money.ofMinor((5_000 + random.nextInt(40_000)) * 100L, currency), 1 + random.nextInt(3), proposed.plusDays(100), "demo",
                    null), locale);
            if (i == 5) {
                introductions.close(introduction.id(), proposed.plusDays(120), locale);
            }
        }
    }
}
