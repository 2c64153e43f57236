package org.liaison.campaigns;

import java.util.Objects;
import java.util.UUID;

/**
 * One part of a campaign's audience: the contacts it brings in, or, when {@code excluded}, the
 * contacts it keeps out (an exclusion wins over every inclusion).
 */
public record AudienceSource(AudienceKind kind, UUID refId, boolean excluded) {

    public AudienceSource {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(refId, "refId");
    }

    public static AudienceSource include(AudienceKind kind, UUID refId) {
        return new AudienceSource(kind, refId, false);
    }

    public static AudienceSource exclude(AudienceKind kind, UUID refId) {
        return new AudienceSource(kind, refId, true);
    }
}
