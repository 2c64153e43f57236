package org.liaison.niches.report;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Which introductions a report counts: proposed within [{@code from}, {@code to}], in a niche, with
 * a side in a region or with a member; {@code null} for no limit on that criterion.
 */
public record ValueQuery(LocalDate from, LocalDate to, UUID niche, String region, UUID member) {

    public static final ValueQuery ALL = new ValueQuery(null, null, null, null, null);
}
