package org.liaison.contacts.ui.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.liaison.contacts.ContactQuery;
import org.liaison.contacts.ContactService;
import org.liaison.contacts.ContactSummary;

/** Finds the contact a person means by the name they typed, as the tabs that tie contacts together need. */
final class ContactLookup {

    private ContactLookup() {
    }

    /**
     * The contact of {@code kind} (other than {@code except}) with exactly this name, else the only
     * one the words find; empty when there is none or more than one.
     */
    static Optional<UUID> unique(ContactService contacts, String words, ContactSummary.Kind kind, UUID except) {
        if (words == null || words.isBlank()) {
            return Optional.empty();
        }
        List<ContactSummary> found = contacts.search(ContactQuery.text(words)).stream()
                .filter(c -> c.kind() == kind && !c.id().equals(except)).toList();
        Optional<ContactSummary> exact = found.stream().filter(c -> c.name().equalsIgnoreCase(words.strip())).findFirst();
        return exact.or(() -> found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty()).map(ContactSummary::id);
    }
}
