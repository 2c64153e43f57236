package org.liaison.niches.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.liaison.contacts.ContactProfile;
import org.liaison.contacts.ContactProfiles;
import org.liaison.contacts.ContactSummary;
import org.liaison.core.validation.ValidationException;
import org.liaison.core.validation.ValidationProblem;
import org.liaison.niches.Introduction;
import org.liaison.niches.Member;
import org.liaison.niches.MemberStatus;
import org.liaison.niches.NeedOffer;
import org.liaison.niches.NeedOfferStatus;
import org.liaison.niches.NicheService;
import org.liaison.niches.matching.MatchRule;
import org.liaison.niches.matching.MatchSide;
import org.liaison.niches.matching.Matcher;
import org.liaison.niches.matching.PairSuggestion;
import org.liaison.niches.matching.Reason;
import org.liaison.niches.matching.Suggestion;
import org.liaison.store.Sql;
import org.liaison.store.Store;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Scores pairs with every registered rule. Candidates are narrowed in SQL first (an open offer of
 * a fitting category; the members of a niche), then each pair is scored in memory; only the pairs
 * kept get their reasons written out.
 */
@Component(service = Matcher.class)
public class RuleMatcher implements Matcher {

    /** Offers scored for a need besides those in its line of business or of trusted contacts, at most. */
    static final int CANDIDATES = 200;

    /** Members of a niche that inNiche pairs up, at most. */
    static final int NICHE_MEMBERS = 10_000;

    private final Store store;
    private final ContactProfiles profiles;
    private final NicheService niches;
    private final List<MatchRule> rules = new CopyOnWriteArrayList<>();

    @Activate
    public RuleMatcher(@Reference Store store, @Reference ContactProfiles profiles, @Reference NicheService niches) {
        this.store = store;
        this.profiles = profiles;
        this.niches = niches;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addRule(MatchRule rule) {
        rules.add(rule);
    }

    void removeRule(MatchRule rule) {
        rules.remove(rule);
    }

    @Override
    public List<Suggestion> forNeed(UUID needId, LocalDate today, int limit, Locale locale) {
        var texts = NicheTexts.in(locale);
        NeedOffer need = store.read(connection -> StoreNeedsOffers.read(connection, "WHERE ID = ?", needId)).stream().findFirst()
                .orElseThrow(() -> new ValidationException(ValidationProblem.field("need", texts.get("needOffer.unknown", needId))));
        if (need.kind() != NeedOffer.Kind.NEED) {
            throw new ValidationException(ValidationProblem.field("need", texts.get("match.notANeed")));
        }
        NeedOfferStatus status = need.statusOn(today);
        if (status != NeedOfferStatus.OPEN) {
            throw new ValidationException(ValidationProblem.field("need", texts.get("match.needNotOpen",
                    texts.get("needOffer." + status.name()))));
        }
        ContactProfile seekerProfile = profiles.profiles(List.of(need.owner())).get(need.owner());
        if (seekerProfile == null) {
            return List.of();
        }
        MatchSide seeker = new MatchSide(seekerProfile, need);
        Set<UUID> trusted = aroundTwoSteps(need.owner());
        List<NeedOffer> offers = candidates(need, seeker, trusted, today);
        Set<UUID> owners = new HashSet<>();
        offers.forEach(o -> owners.add(o.owner()));
        Map<UUID, ContactProfile> known = new java.util.HashMap<>(profiles.profiles(owners));
        Set<UUID> introduced = openPartners(need.owner());
        Trust trust = new Trust(new ReferralEdges(store, profiles).touching(trusted), profiles);
        PriorityQueue<Scored<NeedOffer>> best = new PriorityQueue<>(Comparator.comparingDouble(s -> s.score));
        for (NeedOffer offer : offers) {
            ContactProfile owner = known.get(offer.owner());
            if (owner == null || introduced.contains(offer.owner())) {
                continue;
            }
            keep(best, limit, score(seeker, new MatchSide(owner, offer), trust, offer));
        }
        return best.stream().sorted(Comparator.comparingDouble((Scored<NeedOffer> s) -> -s.score).thenComparing(s -> s.value.id()))
                .map(s -> new Suggestion(summary(known.get(s.value.owner())), s.value, s.score, texts(s.reasons, locale))).toList();
    }

    @Override
    public List<Suggestion> forMember(UUID contactId, int limit, Locale locale) {
        Set<UUID> candidates = new HashSet<>();
        Set<UUID> nicheIds = new HashSet<>();
        niches.membershipsOf(contactId).stream().filter(m -> m.status() == MemberStatus.JOINED || m.status() == MemberStatus.INVITED)
                .forEach(m -> nicheIds.add(m.nicheId()));
        niches.nichesMatching(contactId, locale).forEach(n -> nicheIds.add(n.id()));
        for (UUID nicheId : nicheIds) {
            niches.members(nicheId, NICHE_MEMBERS).stream().filter(RuleMatcher::active).forEach(m -> candidates.add(m.contact().id()));
        }
        candidates.remove(contactId);
        candidates.removeAll(openPartners(contactId));
        Set<UUID> wanted = new HashSet<>(candidates);
        wanted.add(contactId);
        Map<UUID, ContactProfile> known = profiles.profiles(wanted);
        ContactProfile me = known.get(contactId);
        if (me == null) {
            return List.of();
        }
        Trust trust = new Trust(new ReferralEdges(store, profiles).touching(wanted), profiles);
        MatchSide seeker = new MatchSide(me, null);
        PriorityQueue<Scored<ContactProfile>> best = new PriorityQueue<>(Comparator.comparingDouble(s -> s.score));
        for (UUID candidate : candidates) {
            ContactProfile other = known.get(candidate);
            if (other != null) {
                keep(best, limit, score(seeker, new MatchSide(other, null), trust, other));
            }
        }
        return best.stream().sorted(Comparator.comparingDouble((Scored<ContactProfile> s) -> -s.score).thenComparing(s -> s.value.id()))
                .map(s -> new Suggestion(summary(s.value), null, s.score, texts(s.reasons, locale))).toList();
    }

    @Override
    public List<PairSuggestion> inNiche(UUID nicheId, int limit, Locale locale) {
        List<UUID> members = niches.members(nicheId, NICHE_MEMBERS).stream().filter(RuleMatcher::active).map(m -> m.contact().id())
                .toList();
        Map<UUID, ContactProfile> known = profiles.profiles(members);
        List<ContactProfile> list = members.stream().map(known::get).filter(java.util.Objects::nonNull).toList();
        Trust trust = new Trust(new ReferralEdges(store, profiles).touching(known.keySet()), profiles);
        Set<String> introduced = openPairs(known.keySet());
        MatchSide[] sides = list.stream().map(p -> new MatchSide(p, null)).toArray(MatchSide[]::new);
        PriorityQueue<Scored<MatchSide[]>> best = new PriorityQueue<>(Comparator.comparingDouble(s -> s.score));
        for (int i = 0; i < sides.length; i++) {
            for (int j = i + 1; j < sides.length; j++) {
                if (!introduced.contains(pair(sides[i].contact().id(), sides[j].contact().id()))) {
                    keep(best, limit, score(sides[i], sides[j], trust, new MatchSide[] {sides[i], sides[j]}));
                }
            }
        }
        return best.stream().sorted(Comparator.comparingDouble((Scored<MatchSide[]> s) -> -s.score)
                .thenComparing(s -> s.value[0].contact().id()).thenComparing(s -> s.value[1].contact().id()))
                .map(s -> new PairSuggestion(summary(s.value[0].contact()), summary(s.value[1].contact()), s.score,
                        texts(s.reasons, locale))).toList();
    }

    /**
     * The open offers of a fitting category worth scoring for {@code need}: those in its line of
     * business (a NACE division of the need, or of its owner when it names none, shared by the
     * offer or its owner) and those of contacts within two referral steps of its owner; then, up
     * to {@link #CANDIDATES}, the others of a fitting category, soonest to expire first.
     */
    private List<NeedOffer> candidates(NeedOffer need, MatchSide seeker, Set<UUID> trusted, LocalDate today) {
        Set<String> divisions = new HashSet<>();
        seeker.sectors().forEach(code -> divisions.add(code.length() > 2 ? code.substring(0, 2) : code));
        Set<UUID> sameLine = new HashSet<>(profiles.workingIn(divisions));
        String[] fitting = need.category().offersThatMeet().stream().map(Enum::name).toArray(String[]::new);
        return store.read(connection -> {
            List<UUID> chosen = new ArrayList<>();
            List<UUID> others = new ArrayList<>();
            Set<UUID> ownTerms = new HashSet<>(Sql.ids(connection, "SELECT NEED_OFFER_ID FROM NICHE_NEED_OFFER_TERM WHERE KIND = 'SECTOR' "
                    + "AND LEFT(TERM, 2) = ANY(?)", (Object) divisions.toArray(String[]::new)));
            try (PreparedStatement query = connection.prepareStatement("SELECT ID, OWNER_ID FROM NICHE_NEED_OFFER WHERE KIND = 'OFFER' "
                    + "AND STATUS = 'OPEN' AND CATEGORY = ANY(?) AND VALID_UNTIL >= ? AND OWNER_ID <> ? ORDER BY VALID_UNTIL, ID")) {
                Sql.bind(query, fitting, today, need.owner());
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        UUID id = Sql.uuid(rows, 1);
                        UUID owner = Sql.uuid(rows, 2);
                        (ownTerms.contains(id) || sameLine.contains(owner) || trusted.contains(owner) ? chosen : others).add(id);
                    }
                }
            }
            others.stream().limit(Math.max(0, CANDIDATES - chosen.size())).forEach(chosen::add);
            return StoreNeedsOffers.read(connection, "WHERE ID = ANY(?) ORDER BY ID", (Object) chosen.toArray(UUID[]::new));
        });
    }

    /** Members who could still be introduced: not those who declined or left. */
    private static boolean active(Member member) {
        return member.status() != MemberStatus.DECLINED && member.status() != MemberStatus.LEFT;
    }

    private record Scored<T>(T value, double score, List<Reason> reasons) {
    }

    /** Every rule's points for the pair; {@code null} below {@link #MIN_SCORE}. */
    private <T> Scored<T> score(MatchSide seeker, MatchSide candidate, Trust trust, T value) {
        double total = 0;
        List<Reason> reasons = null;
        for (MatchRule rule : rules) {
            Optional<Reason> reason = rule.assess(seeker, candidate, trust);
            if (reason.isPresent()) {
                total += reason.get().points();
                if (reasons == null) {
                    reasons = new ArrayList<>(rules.size());
                }
                reasons.add(reason.get());
            }
        }
        return total < MIN_SCORE ? null : new Scored<>(value, total, reasons);
    }

    private static <T> void keep(PriorityQueue<Scored<T>> best, int limit, Scored<T> scored) {
        if (scored == null) {
            return;
        }
        if (best.size() < limit) {
            best.add(scored);
        } else if (!best.isEmpty() && best.peek().score < scored.score) {
            best.poll();
            best.add(scored);
        }
    }

    private static List<String> texts(List<Reason> reasons, Locale locale) {
        return reasons.stream().sorted(Comparator.comparingDouble((Reason r) -> -Math.abs(r.points())).thenComparing(Reason::rule))
                .map(r -> r.text(locale)).toList();
    }

    private static ContactSummary summary(ContactProfile profile) {
        return new ContactSummary(profile.id(), profile.kind(), profile.name(), "", profile.region());
    }

    /** The contact, the contacts one step from them, for a trust graph reaching two steps. */
    private Set<UUID> aroundTwoSteps(UUID contact) {
        Set<UUID> ends = new HashSet<>(Set.of(contact));
        new ReferralEdges(store, profiles).touching(ends).forEach(edge -> {
            ends.add(edge.referrer());
            ends.add(edge.referred());
        });
        return ends;
    }

    /** Those with whom the contact has an introduction still open. */
    private Set<UUID> openPartners(UUID contact) {
        Set<UUID> partners = new HashSet<>();
        for (Introduction introduction : store.read(connection -> StoreIntroductions.read(connection,
                "WHERE " + StoreIntroductions.OF_CONTACT + " AND " + StoreIntroductions.STATUS + " IN ('PROPOSED', 'ACCEPTED', 'MET')",
                contact, contact))) {
            partners.add(introduction.other(contact));
        }
        return partners;
    }

    private Set<String> openPairs(Set<UUID> members) {
        Set<String> pairs = new HashSet<>();
        UUID[] ids = members.toArray(UUID[]::new);
        for (Introduction introduction : store.read(connection -> StoreIntroductions.read(connection,
                "WHERE FIRST_ID = ANY(?) AND SECOND_ID = ANY(?) AND " + StoreIntroductions.STATUS + " IN ('PROPOSED', 'ACCEPTED', 'MET')",
                ids, ids))) {
            pairs.add(pair(introduction.first(), introduction.second()));
        }
        return pairs;
    }

    private static String pair(UUID a, UUID b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }
}
