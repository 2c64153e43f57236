package org.liaison.contacts;

import java.util.Set;
import java.util.UUID;

/**
 * A business or other organisation in the network.
 *
 * @param id {@code null} for an organisation not saved yet
 * @param companiesHouseNumber UK company number, 8 characters, or {@code null}
 * @param siren French SIREN, 9 digits, or {@code null}
 * @param siret French SIRET of the establishment, 14 digits, or {@code null}
 * @param vatNumber with its country prefix, e.g. GB123456789, FR40303265045
 * @param region ISO 3166-2 code
 * @param sectors NACE Rev. 2 codes (see {@link org.liaison.contacts.sectors.NaceTaxonomy})
 * @param segments codes of customer segments (B2B, B2C, PUBLIC, and those a network adds)
 */
public record Organisation(UUID id, String name, String companiesHouseNumber, String siren, String siret,
        String vatNumber, SizeBand sizeBand, String region, String website, Set<String> sectors, Set<String> segments,
        Set<String> tags) {

    public Organisation {
        sectors = Set.copyOf(sectors);
        segments = Set.copyOf(segments);
        tags = Set.copyOf(tags);
    }

    public static Organisation named(String name) {
        return new Organisation(null, name, null, null, null, null, null, null, null, Set.of(), Set.of(), Set.of());
    }

    public Organisation withId(UUID newId) {
        return new Organisation(newId, name, companiesHouseNumber, siren, siret, vatNumber, sizeBand, region, website,
                sectors, segments, tags);
    }
}
