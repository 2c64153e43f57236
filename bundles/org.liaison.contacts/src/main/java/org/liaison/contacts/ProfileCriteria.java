package org.liaison.contacts;

import java.util.Set;

/**
 * Which organisations, and the people affiliated with them, a niche network takes in: organisations
 * in one of {@code sectors} <em>and</em> serving one of {@code segments}; then, when given, contacts
 * in one of {@code regions} and speaking one of {@code languages}. Empty regions or languages let
 * every contact through.
 *
 * @param sectors NACE Rev. 2 codes in their stored form ("62", "62.0", "62.01"); a code takes in
 *        the headings below it
 * @param segments customer segment codes
 * @param regions ISO 3166-2 codes; a person without a region is judged by their organisation's
 * @param languages ISO 639-1 codes a person speaks or prefers; an organisation passes when one of
 *        its people does
 * @since 1.3
 */
public record ProfileCriteria(Set<String> sectors, Set<String> segments, Set<String> regions, Set<String> languages) {

    public ProfileCriteria {
        sectors = Set.copyOf(sectors);
        segments = Set.copyOf(segments);
        regions = Set.copyOf(regions);
        languages = Set.copyOf(languages);
    }

    /** Without a sector and a segment nothing is selected: a niche is specific in both. */
    public boolean selectsAnything() {
        return !sectors.isEmpty() && !segments.isEmpty();
    }
}
