package org.liaison.contacts;

import java.util.UUID;

/** A search kept under a name, a "smart group": its members are whoever matches it today. */
public record SavedSearch(UUID id, String name, String text, ContactFilter filter) {

    public ContactQuery query(int offset, int limit) {
        return new ContactQuery(text, filter, offset, limit);
    }
}
