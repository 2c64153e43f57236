package org.liaison.niches.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Collator;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.liaison.contacts.ContactProfile;
import org.liaison.contacts.ContactProfiles;
import org.liaison.contacts.ContactQuery;
import org.liaison.contacts.ContactService;
import org.liaison.contacts.ContactSummary;
import org.liaison.contacts.ProfileCriteria;
import org.liaison.contacts.sectors.NaceTaxonomy;
import org.liaison.core.id.Ids;
import org.liaison.core.validation.ValidationException;
import org.liaison.core.validation.ValidationProblem;
import org.liaison.niches.Member;
import org.liaison.niches.MemberStatus;
import org.liaison.niches.Niche;
import org.liaison.niches.NicheHealth;
import org.liaison.niches.NicheService;
import org.liaison.store.Sql;
import org.liaison.store.Store;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Niches in their tables; members are the rule's candidates (evaluated by contacts) joined with the recorded statuses. */
@Component(service = NicheService.class)
public class StoreNicheService implements NicheService {

    static final Terms RULE = new Terms("NICHE_RULE_TERM", "NICHE_ID");

    private final Store store;
    private final ContactService contacts;
    private final ContactProfiles profiles;
    private final NaceTaxonomy taxonomy;

    @Activate
    public StoreNicheService(@Reference Store store, @Reference ContactService contacts, @Reference ContactProfiles profiles,
            @Reference NaceTaxonomy taxonomy) {
        this.store = store;
        this.contacts = contacts;
        this.profiles = profiles;
        this.taxonomy = taxonomy;
    }

    @Override
    public Niche save(Niche niche, Locale locale) {
        var texts = NicheTexts.in(locale);
        List<ValidationProblem> problems = new ArrayList<>();
        String nameEn = Codes.text(niche.nameEn(), true, 200, "nameEn", texts, problems);
        String nameFr = Codes.text(niche.nameFr(), true, 200, "nameFr", texts, problems);
        String descriptionEn = Codes.text(niche.descriptionEn(), false, 4000, "descriptionEn", texts, problems);
        String descriptionFr = Codes.text(niche.descriptionFr(), false, 4000, "descriptionFr", texts, problems);
        String coordinator = Codes.text(niche.coordinator(), false, 100, "coordinator", texts, problems);
        ProfileCriteria rule = niche.rule();
        if (rule.sectors().isEmpty()) {
            problems.add(ValidationProblem.field("sectors", texts.get("niche.sectorRequired")));
        }
        if (rule.segments().isEmpty()) {
            problems.add(ValidationProblem.field("segments", texts.get("niche.segmentRequired")));
        }
        Set<String> sectors = Codes.sectors(rule.sectors(), taxonomy, "sectors", texts, problems);
        Codes.segments(rule.segments(), contacts, "segments", texts, problems);
        Codes.regions(rule.regions(), "regions", texts, problems);
        Codes.languages(rule.languages(), "languages", texts, problems);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        Niche saved = new Niche(niche.id() == null ? Ids.newId() : niche.id(), nameEn, nameFr, descriptionEn, descriptionFr,
                new ProfileCriteria(sectors, rule.segments(), rule.regions(), rule.languages()), coordinator.isEmpty() ? null : coordinator);
        store.transaction(connection -> {
            OffsetDateTime now = OffsetDateTime.now();
            boolean exists = Sql.count(connection, "SELECT COUNT(*) FROM NICHE_NETWORK WHERE ID = ?", saved.id()) > 0;
            if (!exists && niche.id() != null) { // deleted meanwhile, here or by sync: not made again under its old id
                throw new ValidationException(ValidationProblem.field("niche", texts.get("niche.unknown", niche.id())));
            }
            if (exists) {
                Sql.update(connection, "UPDATE NICHE_NETWORK SET NAME_EN = ?, NAME_FR = ?, DESCRIPTION_EN = ?, DESCRIPTION_FR = ?, "
                        + "COORDINATOR = ?, UPDATED_AT = ? WHERE ID = ?", nameEn, nameFr, descriptionEn, descriptionFr,
                        saved.coordinator(), now, saved.id());
            } else {
                Sql.update(connection, "INSERT INTO NICHE_NETWORK (ID, NAME_EN, NAME_FR, DESCRIPTION_EN, DESCRIPTION_FR, COORDINATOR, "
                        + "CREATED_AT, UPDATED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", saved.id(), nameEn, nameFr, descriptionEn,
                        descriptionFr, saved.coordinator(), now, now);
            }
            RULE.replace(connection, saved.id(), Terms.SECTOR, saved.rule().sectors());
            RULE.replace(connection, saved.id(), Terms.SEGMENT, saved.rule().segments());
            RULE.replace(connection, saved.id(), Terms.REGION, saved.rule().regions());
            RULE.replace(connection, saved.id(), Terms.LANGUAGE, saved.rule().languages());
            return null;
        });
        return saved;
    }

    @Override
    public void delete(UUID nicheId) {
        store.transaction(connection -> {
            RULE.deleteAll(connection, nicheId);
            Sql.update(connection, "DELETE FROM NICHE_MEMBER WHERE NICHE_ID = ?", nicheId);
            return Sql.update(connection, "DELETE FROM NICHE_NETWORK WHERE ID = ?", nicheId);
        });
    }

    @Override
    public Optional<Niche> niche(UUID id) {
        return store.read(connection -> read(connection, "WHERE ID = ?", id).stream().findFirst());
    }

    @Override
    public List<Niche> niches(Locale locale) {
        List<Niche> all = store.read(connection -> read(connection, ""));
        Collator collator = Collator.getInstance(locale);
        all.sort(Comparator.comparing((Niche n) -> n.name(locale), collator));
        return all;
    }

    static List<Niche> read(Connection connection, String where, Object... values) throws SQLException {
        List<Niche> niches = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT ID, NAME_EN, NAME_FR, DESCRIPTION_EN, DESCRIPTION_FR, "
                + "COORDINATOR FROM NICHE_NETWORK " + where)) {
            Sql.bind(query, values);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    niches.add(new Niche(Sql.uuid(rows, 1), rows.getString(2), rows.getString(3), rows.getString(4), rows.getString(5),
                            null, rows.getString(6)));
                }
            }
        }
        if (niches.isEmpty()) {
            return niches;
        }
        Map<UUID, Map<String, Set<String>>> terms = RULE.readAll(connection, niches.stream().map(Niche::id).toArray(UUID[]::new));
        List<Niche> complete = new ArrayList<>();
        for (Niche niche : niches) {
            Map<String, Set<String>> rule = terms.getOrDefault(niche.id(), Map.of());
            complete.add(new Niche(niche.id(), niche.nameEn(), niche.nameFr(), niche.descriptionEn(), niche.descriptionFr(),
                    new ProfileCriteria(rule.getOrDefault(Terms.SECTOR, Set.of()), rule.getOrDefault(Terms.SEGMENT, Set.of()),
                            rule.getOrDefault(Terms.REGION, Set.of()), rule.getOrDefault(Terms.LANGUAGE, Set.of())),
                    niche.coordinator()));
        }
        return complete;
    }

    @Override
    public long count(ProfileCriteria rule) {
        List<ValidationProblem> unknownCodesFindNothing = new ArrayList<>();
        Set<String> sectors = Codes.sectors(rule.sectors(), taxonomy, "sectors", NicheTexts.in(Locale.ENGLISH), unknownCodesFindNothing);
        return profiles.count(new ProfileCriteria(sectors, rule.segments(), rule.regions(), rule.languages()));
    }

    @Override
    public List<Member> members(UUID nicheId, int limit) {
        Niche niche = niche(nicheId).orElse(null);
        if (niche == null) {
            return List.of();
        }
        Map<UUID, Recorded> recorded = store.read(connection -> recorded(connection, "NICHE_ID = ?", nicheId));
        Map<UUID, ContactSummary> found = new LinkedHashMap<>();
        profiles.matching(niche.rule(), limit).forEach(contact -> found.put(contact.id(), contact));
        Set<UUID> matching = new HashSet<>(found.keySet());
        Set<UUID> missing = new HashSet<>(recorded.keySet());
        missing.removeAll(found.keySet());
        found.putAll(profiles.summaries(missing));
        List<Member> members = new ArrayList<>();
        for (ContactSummary contact : found.values()) {
            Recorded status = recorded.get(contact.id());
            members.add(status == null ? new Member(nicheId, contact, MemberStatus.CANDIDATE, true, null, null)
                    : new Member(nicheId, contact, status.status, matching.contains(contact.id()), status.changedOn, status.joinedOn));
        }
        Collator collator = Collator.getInstance(Locale.ROOT);
        members.sort(Comparator.comparing((Member m) -> order(m.status())).thenComparing(m -> m.contact().name(), collator));
        return members.size() > limit ? members.subList(0, limit) : members;
    }

    /** Joined first, then invited, candidates, and those who declined or left. */
    private static int order(MemberStatus status) {
        return switch (status) {
            case JOINED -> 0;
            case INVITED -> 1;
            case CANDIDATE -> 2;
            case DECLINED -> 3;
            case LEFT -> 4;
        };
    }

    private record Recorded(UUID niche, MemberStatus status, LocalDate changedOn, LocalDate joinedOn) {
    }

    private static Map<UUID, Recorded> recorded(Connection connection, String where, Object value) throws SQLException {
        Map<UUID, Recorded> recorded = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT CONTACT_ID, NICHE_ID, STATUS, CHANGED_ON, JOINED_ON FROM NICHE_MEMBER WHERE " + where)) {
            Sql.bind(query, value);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    UUID key = where.startsWith("NICHE_ID") ? Sql.uuid(rows, 1) : Sql.uuid(rows, 2);
                    recorded.put(key, new Recorded(Sql.uuid(rows, 2), MemberStatus.valueOf(rows.getString(3)), Sql.date(rows, 4),
                            Sql.date(rows, 5)));
                }
            }
        }
        return recorded;
    }

    @Override
    public Member changeStatus(UUID nicheId, UUID contactId, MemberStatus status, LocalDate on, Locale locale) {
        var texts = NicheTexts.in(locale);
        if (status == null || on == null) {
            throw new ValidationException(ValidationProblem.field(status == null ? "status" : "on", texts.get("required")));
        }
        Niche niche = niche(nicheId).orElseThrow(() -> new ValidationException(
                ValidationProblem.field("niche", texts.get("niche.unknown", nicheId))));
        ContactSummary contact = profiles.summaries(List.of(contactId)).get(contactId);
        if (contact == null) {
            throw new ValidationException(ValidationProblem.field("contact", texts.get("contact.unknown", contactId)));
        }
        boolean matches = RuleEvaluation.matches(niche.rule(), profiles.profiles(List.of(contactId)).get(contactId));
        return store.transaction(connection -> {
            Recorded before = recorded(connection, "NICHE_ID = ?", nicheId).get(contactId);
            MemberStatus from = before == null ? MemberStatus.CANDIDATE : before.status;
            if (!from.next().contains(status)) {
                String allowed = from.next().stream().map(s -> texts.get("member." + s.name())).sorted().collect(Collectors.joining(", "));
                throw new ValidationException(ValidationProblem.field("status", texts.get("member.move", texts.get("member." + from.name()),
                        texts.get("member." + status.name()), allowed)));
            }
            String dateColumn = switch (status) {
                case INVITED -> "INVITED_ON";
                case JOINED -> "JOINED_ON";
                case DECLINED -> "DECLINED_ON";
                case LEFT -> "LEFT_ON";
                case CANDIDATE -> throw new IllegalStateException("no move leads back to candidate");
            };
            UUID id = Ids.derived("NICHE_MEMBER", nicheId, contactId);
            if (before == null) {
                Sql.update(connection, "INSERT INTO NICHE_MEMBER (ID, NICHE_ID, CONTACT_ID, STATUS, CHANGED_ON, " + dateColumn
                        + ") VALUES (?, ?, ?, ?, ?, ?)", id, nicheId, contactId, status, on, on);
            } else {
                Sql.update(connection, "UPDATE NICHE_MEMBER SET STATUS = ?, CHANGED_ON = ?, " + dateColumn + " = ? WHERE ID = ?",
                        status, on, on, id);
            }
            return new Member(nicheId, contact, status, matches, on, status == MemberStatus.JOINED ? on
                    : before == null ? null : before.joinedOn);
        });
    }

    @Override
    public List<Member> changeStatus(UUID nicheId, List<UUID> contactIds, MemberStatus status, LocalDate on, Locale locale) {
        return store.transaction(connection -> {
            List<Member> changed = new ArrayList<>();
            for (UUID contactId : contactIds) {
                try {
                    changed.add(changeStatus(nicheId, contactId, status, on, locale)); // joins this transaction
                } catch (ValidationException refused) {
                    ContactSummary contact = profiles.summaries(List.of(contactId)).get(contactId);
                    throw new ValidationException(ValidationProblem.field("contact", (contact == null ? contactId : contact.name()) + ": "
                            + refused.problems().get(0).message()));
                }
            }
            return changed;
        });
    }

    @Override
    public List<Member> membershipsOf(UUID contactId) {
        Map<UUID, Recorded> recorded = store.read(connection -> recorded(connection, "CONTACT_ID = ?", contactId));
        ContactSummary contact = profiles.summaries(List.of(contactId)).get(contactId);
        if (contact == null) {
            return List.of();
        }
        List<Niche> matching = matchingNiches(contactId);
        Set<UUID> matchingIds = matching.stream().map(Niche::id).collect(Collectors.toSet());
        List<Member> members = new ArrayList<>();
        recorded.values().forEach(r -> members.add(new Member(r.niche, contact, r.status, matchingIds.contains(r.niche), r.changedOn,
                r.joinedOn)));
        return members;
    }

    @Override
    public List<Niche> nichesMatching(UUID contactId, Locale locale) {
        List<Niche> matching = matchingNiches(contactId);
        Collator collator = Collator.getInstance(locale);
        matching.sort(Comparator.comparing((Niche n) -> n.name(locale), collator));
        return matching;
    }

    private List<Niche> matchingNiches(UUID contactId) {
        ContactProfile profile = profiles.profiles(List.of(contactId)).get(contactId);
        if (profile == null) {
            return new ArrayList<>();
        }
        return store.read(connection -> read(connection, "")).stream().filter(n -> RuleEvaluation.matches(n.rule(), profile))
                .collect(Collectors.toCollection(ArrayList::new));
    }

    @Override
    public List<NicheHealth> health(LocalDate today, int quietMonths, Locale locale) {
        List<Niche> niches = niches(locale);
        Map<UUID, long[]> statuses = new HashMap<>();
        Map<UUID, LocalDate> lastIntroduction = new HashMap<>();
        store.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT NICHE_ID, SUM(CASE WHEN STATUS = 'JOINED' THEN 1 ELSE 0 END), "
                    + "COUNT(*) FROM NICHE_MEMBER GROUP BY NICHE_ID"); ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    statuses.put(Sql.uuid(rows, 1), new long[] {rows.getLong(2), rows.getLong(3)});
                }
            }
            try (PreparedStatement query = connection.prepareStatement("SELECT NICHE_ID, MAX(PROPOSED_ON) FROM NICHE_INTRODUCTION "
                    + "WHERE NICHE_ID IS NOT NULL GROUP BY NICHE_ID"); ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    lastIntroduction.put(Sql.uuid(rows, 1), Sql.date(rows, 2));
                }
            }
            return null;
        });
        LocalDate quietSince = today.minusMonths(quietMonths);
        Map<UUID, List<UUID>> recordedMembers = new HashMap<>();
        store.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT NICHE_ID, CONTACT_ID FROM NICHE_MEMBER");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    recordedMembers.computeIfAbsent(Sql.uuid(rows, 1), k -> new ArrayList<>()).add(Sql.uuid(rows, 2));
                }
            }
            return null;
        });
        Map<UUID, ContactProfile> recordedProfiles = profiles.profiles(recordedMembers.values().stream().flatMap(List::stream)
                .collect(Collectors.toSet()));
        List<NicheHealth> health = new ArrayList<>();
        for (Niche niche : niches) {
            long[] counted = statuses.getOrDefault(niche.id(), new long[2]);
            LocalDate last = lastIntroduction.get(niche.id());
            // candidates: those the rule finds, less those with a status that the rule still finds
            long stillFound = recordedMembers.getOrDefault(niche.id(), List.of()).stream().map(recordedProfiles::get)
                    .filter(profile -> profile != null && RuleEvaluation.matches(niche.rule(), profile)).count();
            long candidates = Math.max(0, profiles.count(niche.rule()) - stillFound);
            health.add(new NicheHealth(niche, counted[0], candidates, last,
                    counted[0] < THIN_MEMBERS || last == null || last.isBefore(quietSince)));
        }
        return health;
    }

    @Override
    public List<ContactSummary> inNoNiche(int limit) {
        Set<UUID> joined = new HashSet<>(store.read(connection -> Sql.ids(connection,
                "SELECT DISTINCT CONTACT_ID FROM NICHE_MEMBER WHERE STATUS = 'JOINED'")));
        List<ContactSummary> outside = new ArrayList<>();
        int page = 500;
        for (int from = 0; outside.size() < limit; from += page) {
            List<ContactSummary> contactsPage = contacts.search(new ContactQuery("", null, from, page));
            contactsPage.stream().filter(c -> !joined.contains(c.id())).limit(limit - outside.size()).forEach(outside::add);
            if (contactsPage.size() < page) {
                break;
            }
        }
        return outside;
    }
}
