package org.liaison.contacts.ui.internal;

import java.util.List;
import java.util.Optional;

import org.liaison.contacts.ContactSummary;

/**
 * The contacts chosen in the list, as the selection service carries them to the commands: how many
 * rows are chosen, and the contacts themselves when there are at most {@link #RESOLVED} (all that
 * opening, erasing and merging need).
 */
public record ContactSelection(List<ContactSummary> contacts, int count) {

    public static final int RESOLVED = 2;

    public ContactSelection {
        contacts = List.copyOf(contacts);
    }

    /** The one contact chosen, of this kind; empty when none, several, or another kind is chosen. */
    public Optional<ContactSummary> single(ContactSummary.Kind kind) {
        return count == 1 && contacts.size() == 1 && contacts.get(0).kind() == kind ? Optional.of(contacts.get(0)) : Optional.empty();
    }

    /** Two contacts of the same kind: what can be merged. */
    public boolean mergeable() {
        return count == 2 && contacts.size() == 2 && contacts.get(0).kind() == contacts.get(1).kind();
    }
}
