package org.liaison.contacts;

import java.time.Instant;

/**
 * One thing that happened with a contact, as shown on its timeline.
 *
 * @param kind what sort of entry, for an icon or a filter: NOTE, CONSENT, or one an area adds (EVENT, INTRODUCTION...)
 * @param text for people to read, in the language asked for
 */
public record TimelineEntry(Instant at, String kind, String text) {
}
