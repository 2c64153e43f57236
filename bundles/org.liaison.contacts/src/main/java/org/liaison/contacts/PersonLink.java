package org.liaison.contacts;

import java.util.UUID;

/**
 * A typed tie between two people, read "from is {kind} of to".
 *
 * @param kind a short code: MENTOR, REFERRER, PARTNER, COLLEAGUE, FAMILY, or one a network adds
 */
public record PersonLink(UUID id, UUID from, UUID to, String kind) {
}
