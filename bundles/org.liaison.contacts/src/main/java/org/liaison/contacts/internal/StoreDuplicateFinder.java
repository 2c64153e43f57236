package org.liaison.contacts.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.liaison.contacts.DuplicateFinder;
import org.liaison.contacts.DuplicatePair;
import org.liaison.core.i18n.Messages;
import org.liaison.store.Store;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Duplicate detection by blocking: only people sharing an email address, a phone number or an
 * address are compared, so a scan of 100,000 people compares thousands of pairs, not billions.
 */
@Component(service = DuplicateFinder.class)
public class StoreDuplicateFinder implements DuplicateFinder {

    static final double SAME_EMAIL = 1.0;
    static final double SAME_PHONE = 0.95;
    /** Names at least this alike (given and family each, or an organisation's), at the same address, are taken for one. */
    static final double NAME_THRESHOLD = NameLikeness.SAME_PERSON;
    /** People sharing a telephone number are the same person only if their names are at least this alike. */
    static final double SHARED_LINE_NAMES = 0.85;
    /** A block larger than this (a shared office switchboard, a generic address) proves nothing. */
    static final int LARGEST_BLOCK = 50;

    private final Store store;

    @Activate
    public StoreDuplicateFinder(@Reference Store store) {
        this.store = store;
    }

    private record Known(UUID id, String given, String family, String address, Set<String> phones) {

        /** Each has a telephone number and they share none: two people, each with their own line. */
        boolean ownLines(Known other) {
            return !phones.isEmpty() && !other.phones.isEmpty() && java.util.Collections.disjoint(phones, other.phones);
        }
    }

    @Override
    public List<DuplicatePair> scan(Locale locale) {
        Messages texts = ContactTexts.in(locale);
        Map<String, DuplicatePair> pairs = new LinkedHashMap<>();
        Map<UUID, Known> people = new HashMap<>();
        store.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT ID, GIVEN_NAME, FAMILY_NAME, STREET, POSTCODE "
                    + "FROM CONTACT_PERSON WHERE NOT ERASED"); ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String given = NameLikeness.folded(rows.getString(2));
                    String family = NameLikeness.folded(rows.getString(3));
                    String address = rows.getString(4) == null || rows.getString(5) == null ? null
                            : SearchWords.fold(rows.getString(4) + "|" + rows.getString(5).replace(" ", ""));
                    UUID id = rows.getObject(1, UUID.class);
                    people.put(id, new Known(id, given, family, address, new java.util.HashSet<>()));
                }
            }
            try (PreparedStatement query = connection.prepareStatement("SELECT CONTACT_ID, NUMBER_E164 FROM CONTACT_PHONE");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Known known = people.get(rows.getObject(1, UUID.class));
                    if (known != null) {
                        known.phones().add(rows.getString(2));
                    }
                }
            }
            block(connection, "SELECT LOWER(ADDRESS), CONTACT_ID FROM CONTACT_EMAIL", people, pairs, SAME_EMAIL,
                    value -> texts.get("duplicate.email", value), (a, b) -> true);
            // a telephone is shared by households and offices: only people named alike count
            block(connection, "SELECT NUMBER_E164, CONTACT_ID FROM CONTACT_PHONE", people, pairs, SAME_PHONE,
                    value -> texts.get("duplicate.phone", value), (a, b) -> alike(a, b) >= SHARED_LINE_NAMES);
            return null;
        });
        Map<String, List<Known>> byAddress = new HashMap<>();
        people.values().stream().filter(p -> p.address() != null)
                .forEach(p -> byAddress.computeIfAbsent(p.address(), a -> new ArrayList<>()).add(p));
        for (List<Known> block : byAddress.values()) {
            if (block.size() < 2 || block.size() > LARGEST_BLOCK) {
                continue;
            }
            for (int i = 0; i < block.size(); i++) {
                for (int j = i + 1; j < block.size(); j++) {
                    double alike = alike(block.get(i), block.get(j));
                    // namesakes under one roof (Louis and Louise Martin) each have their own telephone
                    boolean slip = NameLikeness.oneSlipApart(block.get(i).given(), block.get(i).family(), block.get(j).given(),
                            block.get(j).family());
                    if ((alike >= NAME_THRESHOLD || slip) && !block.get(i).ownLines(block.get(j))) {
                        add(pairs, block.get(i).id(), block.get(j).id(), 0.8 * alike,
                                texts.get("duplicate.name", Math.round(alike * 100)));
                    }
                }
            }
        }
        List<DuplicatePair> ranked = new ArrayList<>(pairs.values());
        ranked.sort(Comparator.comparingDouble(DuplicatePair::score).reversed());
        return ranked;
    }

    private record KnownOrganisation(UUID id, String name, String region) {
    }

    @Override
    public List<DuplicatePair> scanOrganisations(Locale locale) {
        Messages texts = ContactTexts.in(locale);
        Map<String, DuplicatePair> pairs = new LinkedHashMap<>();
        Map<String, List<KnownOrganisation>> byNameStart = new HashMap<>();
        store.read(connection -> {
            Map<String, Map<String, List<UUID>>> byIdentifier = new LinkedHashMap<>();
            for (String column : List.of("COMPANIES_HOUSE_NUMBER", "SIREN", "VAT_NUMBER", "WEBSITE")) {
                byIdentifier.put(column, new HashMap<>());
            }
            try (PreparedStatement query = connection.prepareStatement("SELECT ID, NAME, REGION, COMPANIES_HOUSE_NUMBER, SIREN, "
                    + "VAT_NUMBER, WEBSITE FROM CONTACT_ORGANISATION WHERE NOT ERASED"); ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    UUID id = rows.getObject(1, UUID.class);
                    String name = OrganisationNames.core(rows.getString(2));
                    int column = 4;
                    for (Map.Entry<String, Map<String, List<UUID>>> identifier : byIdentifier.entrySet()) {
                        String value = rows.getString(column++);
                        if (value != null && !value.isBlank()) {
                            String key = identifier.getKey().equals("WEBSITE") ? OrganisationNames.site(value) : value;
                            identifier.getValue().computeIfAbsent(key, k -> new ArrayList<>()).add(id);
                        }
                    }
                    if (!name.isEmpty()) {
                        byNameStart.computeIfAbsent(rows.getString(3) + "|" + name.charAt(0), k -> new ArrayList<>())
                                .add(new KnownOrganisation(id, name, rows.getString(3)));
                    }
                }
            }
            byIdentifier.forEach((column, blocks) -> blocks.forEach((value, ids) -> {
                if (ids.size() >= 2 && ids.size() <= LARGEST_BLOCK) {
                    for (int i = 0; i < ids.size(); i++) {
                        for (int j = i + 1; j < ids.size(); j++) {
                            add(pairs, ids.get(i), ids.get(j), SAME_EMAIL, texts.get("duplicate." + column, value));
                        }
                    }
                }
            }));
            return null;
        });
        for (List<KnownOrganisation> block : byNameStart.values()) {
            if (block.size() > LARGEST_BLOCK * 20) {
                continue; // thousands of organisations starting alike in one region: names alone prove nothing there
            }
            for (int i = 0; i < block.size(); i++) {
                for (int j = i + 1; j < block.size(); j++) {
                    double alike = Similarity.jaroWinkler(block.get(i).name(), block.get(j).name());
                    if (alike >= NAME_THRESHOLD) {
                        add(pairs, block.get(i).id(), block.get(j).id(), 0.8 * alike,
                                texts.get("duplicate.orgName", Math.round(alike * 100)));
                    }
                }
            }
        }
        List<DuplicatePair> ranked = new ArrayList<>(pairs.values());
        ranked.sort(Comparator.comparingDouble(DuplicatePair::score).reversed());
        return ranked;
    }

    private static double alike(Known a, Known b) {
        return NameLikeness.ofFolded(a.given(), a.family(), b.given(), b.family());
    }

    private static void block(java.sql.Connection connection, String sql, Map<UUID, Known> people,
            Map<String, DuplicatePair> pairs, double score, java.util.function.Function<String, String> reason,
            java.util.function.BiPredicate<Known, Known> samePerson) throws java.sql.SQLException {
        Map<String, List<UUID>> blocks = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                UUID id = rows.getObject(2, UUID.class);
                if (people.containsKey(id)) {
                    blocks.computeIfAbsent(rows.getString(1), k -> new ArrayList<>()).add(id);
                }
            }
        }
        blocks.forEach((value, ids) -> {
            if (ids.size() >= 2 && ids.size() <= LARGEST_BLOCK) {
                for (int i = 0; i < ids.size(); i++) {
                    for (int j = i + 1; j < ids.size(); j++) {
                        if (samePerson.test(people.get(ids.get(i)), people.get(ids.get(j)))) {
                            add(pairs, ids.get(i), ids.get(j), score, reason.apply(value));
                        }
                    }
                }
            }
        });
    }

    private static void add(Map<String, DuplicatePair> pairs, UUID a, UUID b, double score, String reason) {
        UUID first = a.compareTo(b) < 0 ? a : b;
        UUID second = first == a ? b : a;
        pairs.merge(first + "|" + second, new DuplicatePair(first, second, score, List.of(reason)), (old, next) -> {
            List<String> reasons = new ArrayList<>(old.reasons());
            reasons.addAll(next.reasons());
            return new DuplicatePair(first, second, Math.min(1, Math.max(old.score(), next.score()) + 0.02), reasons);
        });
    }
}
