package org.liaison.niches;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * A need or an offer of a member.
 *
 * @param id {@code null} when not saved yet
 * @param owner the person or organisation it belongs to
 * @param language ISO 639-1 code of the description
 * @param sectors NACE codes it concerns; empty: those of its owner
 * @param segments customer segment codes it concerns; empty: those of its owner
 * @param status as recorded; see {@link #statusOn(LocalDate)} for what it is on a day
 */
public record NeedOffer(UUID id, Kind kind, UUID owner, Category category, String description, String language,
        Set<String> sectors, Set<String> segments, Scope scope, LocalDate validUntil, NeedOfferStatus status) {

    public enum Kind {
        NEED, OFFER
    }

    public NeedOffer {
        sectors = Set.copyOf(sectors);
        segments = Set.copyOf(segments);
        status = status == null ? NeedOfferStatus.OPEN : status;
        scope = scope == null ? Scope.ANY : scope;
    }

    /** Open past its date reads as expired. */
    public NeedOfferStatus statusOn(LocalDate day) {
        return status == NeedOfferStatus.OPEN && validUntil.isBefore(day) ? NeedOfferStatus.EXPIRED : status;
    }

    public NeedOffer withId(UUID newId) {
        return new NeedOffer(newId, kind, owner, category, description, language, sectors, segments, scope, validUntil, status);
    }

    public NeedOffer with(NeedOfferStatus newStatus, LocalDate newValidUntil) {
        return new NeedOffer(id, kind, owner, category, description, language, sectors, segments, scope, newValidUntil, newStatus);
    }
}
