package org.liaison.store.internal.migrate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeSet;

/** Orders changelogs so that each comes after those it requires; ties go by owner name. */
public final class MigrationOrder {

    private MigrationOrder() {
    }

    public static List<MigrationSource> sort(List<MigrationSource> sources) {
        Map<String, MigrationSource> byOwner = new HashMap<>();
        for (MigrationSource source : sources) {
            if (byOwner.put(source.owner(), source) != null) {
                throw new IllegalArgumentException("two changelogs for " + source.owner());
            }
        }
        Map<String, Integer> waitingOn = new HashMap<>();
        Map<String, List<String>> dependants = new HashMap<>();
        for (MigrationSource source : sources) {
            int count = 0;
            for (String required : source.requires()) {
                if (byOwner.containsKey(required) && !required.equals(source.owner())) {
                    dependants.computeIfAbsent(required, k -> new ArrayList<>()).add(source.owner());
                    count++;
                }
            }
            waitingOn.put(source.owner(), count);
        }
        PriorityQueue<String> ready = new PriorityQueue<>(Comparator.naturalOrder());
        waitingOn.forEach((owner, count) -> {
            if (count == 0) {
                ready.add(owner);
            }
        });
        List<MigrationSource> ordered = new ArrayList<>(sources.size());
        while (!ready.isEmpty()) {
            String owner = ready.poll();
            ordered.add(byOwner.get(owner));
            for (String dependant : dependants.getOrDefault(owner, List.of())) {
                if (waitingOn.merge(dependant, -1, Integer::sum) == 0) {
                    ready.add(dependant);
                }
            }
        }
        if (ordered.size() < sources.size()) {
            TreeSet<String> cycle = new TreeSet<>();
            waitingOn.forEach((owner, count) -> {
                if (count > 0) {
                    cycle.add(owner);
                }
            });
            throw new IllegalStateException("changelogs require each other in a cycle: " + cycle);
        }
        return ordered;
    }
}
