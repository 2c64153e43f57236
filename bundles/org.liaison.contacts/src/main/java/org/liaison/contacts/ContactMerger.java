package org.liaison.contacts;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * Merges two records of the same person into one, field by field, keeping what each had so that
 * the merge can be undone.
 */
public interface ContactMerger {

    /** The fields a person chooses between when merging; emails, phones, languages, tags and barriers are united. */
    enum Field {
        GIVEN_NAME, FAMILY_NAME, PREFERRED_LANGUAGE, REGION, ADDRESS, ROLE, READINESS, SOURCE, OWNER_STAFF
    }

    /**
     * Merges {@code merged} into {@code kept}: each field comes from {@code kept} unless listed in
     * {@code fromMerged} (or empty in {@code kept}); notes, consents and affiliations of {@code merged}
     * move to {@code kept}; {@code merged} is removed.
     *
     * @return the id of the merge, to undo it
     */
    UUID merge(UUID kept, UUID merged, Set<Field> fromMerged, Locale locale);

    /**
     * Merges organisation {@code merged} into {@code kept}: each field comes from {@code kept}
     * unless empty there; sectors, segments and tags are united; its people, notes and custom
     * field values move to {@code kept}; {@code merged} is removed.
     *
     * @return the id of the merge, to undo it
     */
    UUID mergeOrganisations(UUID kept, UUID merged, Locale locale);

    /** Puts both records back as they were before the merge (a second undo does nothing). */
    void undo(UUID mergeId, Locale locale);
}
