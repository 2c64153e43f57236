package org.liaison.campaigns.internal;

import java.util.List;
import java.util.UUID;

import org.liaison.campaigns.AudienceKind;

/**
 * The contacts an audience source of one kind brings in. Areas that may be absent (niches,
 * meetings) provide theirs as components of their own, so that the campaigns work without them.
 */
public interface AudienceMembers {

    AudienceKind kind();

    List<UUID> members(UUID refId);
}
