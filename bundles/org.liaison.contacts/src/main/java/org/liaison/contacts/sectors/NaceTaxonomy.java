package org.liaison.contacts.sectors;

import java.util.List;
import java.util.Optional;

/**
 * NACE Rev. 2, the EU classification of economic activities (the French NAF rév. 2 extends it):
 * the sectors an organisation works in. All sections and divisions have English and French
 * titles; groups and classes French titles.
 */
public interface NaceTaxonomy {

    /**
     * The heading for a code as people write it: "J", "62", "6201", "62.01", or a French NAF
     * sub-class such as "62.01Z" (read as its class).
     */
    Optional<NaceSector> sector(String code);

    /** The headings directly below {@code code}; the sections for {@code null}. */
    List<NaceSector> children(String code);

    /** The code in its stored form ("62.01"), or empty when it names no heading. */
    Optional<String> normalize(String code);

    /** Every heading, in code order. */
    List<NaceSector> all();
}
