package org.liaison.niches;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Members' needs and offers. Saves are checked field by field and written in one transaction. */
public interface NeedsOffers {

    /**
     * Creates (id {@code null}) or replaces a need or offer. Refused, naming the field: an unknown
     * owner, an empty description, an unknown sector or segment, a date in the past for one that
     * is open.
     */
    NeedOffer save(NeedOffer needOffer, Locale locale);

    Optional<NeedOffer> find(UUID id);

    /** The needs and offers of one member, newest first. */
    List<NeedOffer> of(UUID ownerId);

    /**
     * Needs and offers on the board: of {@code kind} (both when {@code null}), in {@code category}
     * (any when {@code null}), with status {@code status} on {@code today} (any when {@code null}),
     * soonest date first, at most {@code limit}.
     */
    List<NeedOffer> board(NeedOffer.Kind kind, Category category, NeedOfferStatus status, LocalDate today, int limit);

    /** Needs and offers whose description holds every word of {@code text} (case aside), soonest date first. */
    List<NeedOffer> search(String text, int limit);

    /** Open ones whose date falls within {@code days} of {@code today} or has passed: for their owners to renew. */
    List<NeedOffer> expiring(LocalDate today, int days, int limit);

    /** Sets a new date, and opens it again if it had expired. */
    NeedOffer renew(UUID id, LocalDate validUntil, LocalDate today, Locale locale);

    /** Marks it matched or closed (or open again). */
    NeedOffer changeStatus(UUID id, NeedOfferStatus status, Locale locale);
}
