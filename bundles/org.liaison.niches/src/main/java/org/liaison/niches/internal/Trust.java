package org.liaison.niches.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.liaison.contacts.ContactProfiles;
import org.liaison.contacts.ContactSummary;
import org.liaison.niches.Referral;
import org.liaison.niches.matching.TrustGraph;

/** The trust graph as adjacency sets, built from the edges touching the contacts being matched. */
final class Trust implements TrustGraph {

    private final Map<UUID, Set<UUID>> neighbours = new HashMap<>();
    private final ContactProfiles profiles;
    private final Map<UUID, String> names = new HashMap<>();

    Trust(List<Referral> edges, ContactProfiles profiles) {
        this.profiles = profiles;
        for (Referral edge : edges) {
            neighbours.computeIfAbsent(edge.referrer(), k -> new java.util.HashSet<>()).add(edge.referred());
            neighbours.computeIfAbsent(edge.referred(), k -> new java.util.HashSet<>()).add(edge.referrer());
        }
    }

    @Override
    public int steps(UUID a, UUID b) {
        Set<UUID> ofA = neighbours.get(a);
        if (ofA == null || !neighbours.containsKey(b)) {
            return 0;
        }
        return ofA.contains(b) ? 1 : via(a, b).isPresent() ? 2 : 0;
    }

    @Override
    public Optional<UUID> via(UUID a, UUID b) {
        Set<UUID> ofA = neighbours.getOrDefault(a, Set.of());
        Set<UUID> ofB = neighbours.getOrDefault(b, Set.of());
        Set<UUID> smaller = ofA.size() <= ofB.size() ? ofA : ofB;
        Set<UUID> larger = smaller == ofA ? ofB : ofA;
        return smaller.stream().filter(larger::contains).sorted().findFirst();
    }

    @Override
    public synchronized String name(UUID contact) {
        return names.computeIfAbsent(contact, id -> {
            ContactSummary found = profiles.summaries(List.of(id)).get(id);
            return found == null ? "?" : found.name();
        });
    }
}
