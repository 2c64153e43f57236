package org.liaison.campaigns;

import java.util.Objects;
import java.util.UUID;

/** Something an audience can be made of: a smart group, a niche or an event, by name. */
public record AudienceChoice(AudienceKind kind, UUID id, String name) {

    public AudienceChoice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }
}
