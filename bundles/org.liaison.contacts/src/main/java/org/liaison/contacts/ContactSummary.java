package org.liaison.contacts;

import java.util.UUID;

/**
 * One line of a list of contacts.
 *
 * @param detail the primary email of a person, the company number of an organisation, or empty
 */
public record ContactSummary(UUID id, Kind kind, String name, String detail, String region) {

    public enum Kind {
        PERSON, ORGANISATION
    }
}
