package org.liaison.contacts;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What matching needs to know about a contact, read in one go for many contacts.
 *
 * @param sectors the organisation's NACE codes; for a person, those of the organisations they belong to
 * @param segments likewise, customer segment codes
 * @param languages ISO 639-1 codes a person speaks or prefers; for an organisation, those its people speak
 * @param activities what the organisation does, or each organisation the person belongs to: one entry per
 *        organisation, so that a rule needing a sector and a segment can ask them of the same one
 * @param referredBy who brought a person into the network, or {@code null}
 * @param latitude {@code null} when the address was not placed on a map
 * @since 1.3
 */
public record ContactProfile(UUID id, ContactSummary.Kind kind, String name, String region, Set<String> languages,
        Set<String> sectors, Set<String> segments, List<Activity> activities, UUID referredBy, Double latitude,
        Double longitude) {

    public ContactProfile {
        languages = Set.copyOf(languages);
        sectors = Set.copyOf(sectors);
        segments = Set.copyOf(segments);
        activities = List.copyOf(activities);
    }

    /**
     * One organisation's activity: its NACE codes, customer segments and region.
     *
     * @param region ISO 3166-2 code, or {@code null}
     */
    public record Activity(UUID organisation, String region, Set<String> sectors, Set<String> segments) {

        public Activity {
            sectors = Set.copyOf(sectors);
            segments = Set.copyOf(segments);
        }
    }

    /** "GB" or "FR" from the region code, or empty when no region is recorded. */
    public String country() {
        return region == null || region.length() < 2 ? "" : region.substring(0, 2);
    }
}
