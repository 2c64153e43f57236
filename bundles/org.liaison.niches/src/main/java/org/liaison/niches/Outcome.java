package org.liaison.niches;

import java.time.LocalDate;
import java.util.UUID;

import org.liaison.core.money.Money;

/**
 * What an introduction brought, as recorded at a follow-up (there may be several over time).
 *
 * @param id {@code null} when not saved yet
 * @param value the estimated value, in GBP or EUR, or {@code null} when none was estimated
 * @param jobs jobs created or kept
 */
public record Outcome(UUID id, UUID introduction, OutcomeKind kind, Money value, int jobs, LocalDate recordedOn,
        String recordedBy, String note) {
}
