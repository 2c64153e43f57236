package org.liaison.contacts;

import java.util.Set;
import java.util.UUID;

/**
 * What matching needs to know about a contact, read in one go for many contacts.
 *
 * @param sectors the organisation's NACE codes; for a person, those of the organisations they belong to
 * @param segments likewise, customer segment codes
 * @param languages ISO 639-1 codes a person speaks or prefers; for an organisation, those its people speak
 * @param referredBy who brought a person into the network, or {@code null}
 * @param latitude {@code null} when the address was not placed on a map
 * @since 1.3
 */
public record ContactProfile(UUID id, ContactSummary.Kind kind, String name, String region, Set<String> languages,
        Set<String> sectors, Set<String> segments, UUID referredBy, Double latitude, Double longitude) {

    public ContactProfile {
        languages = Set.copyOf(languages);
        sectors = Set.copyOf(sectors);
        segments = Set.copyOf(segments);
    }

    /** "GB" or "FR" from the region code, or empty when no region is recorded. */
    public String country() {
        return region == null || region.length() < 2 ? "" : region.substring(0, 2);
    }
}
