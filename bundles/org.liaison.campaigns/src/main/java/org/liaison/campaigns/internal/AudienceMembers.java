package org.liaison.campaigns.internal;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.liaison.campaigns.AudienceChoice;
import org.liaison.campaigns.AudienceKind;

/**
 * The contacts an audience source of one kind brings in. Areas that may be absent (niches,
 * meetings) provide theirs as components of their own, so that the campaigns work without them.
 */
public interface AudienceMembers {

    AudienceKind kind();

    List<UUID> members(UUID refId);

    /** What of this kind can be chosen as an audience, by name. */
    List<AudienceChoice> choices(Locale locale);
}
