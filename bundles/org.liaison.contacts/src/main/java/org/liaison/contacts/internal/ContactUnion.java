package org.liaison.contacts.internal;

import java.util.ArrayList;
import java.util.List;

import org.liaison.contacts.Email;
import org.liaison.contacts.Phone;

/**
 * How two records of one person pool their addresses and numbers, whether a merge or an import
 * brings them together: those of the first kept as they are, the other's added when new.
 */
final class ContactUnion {

    private ContactUnion() {
    }

    /** The first's emails, then the other's not already there (case aside); an added one is primary only if none was. */
    static List<Email> emails(List<Email> first, List<Email> other) {
        List<Email> emails = new ArrayList<>(first);
        other.stream().filter(e -> first.stream().noneMatch(k -> k.address().equalsIgnoreCase(e.address())))
                .map(e -> new Email(e.address(), emails.isEmpty())).forEach(emails::add);
        return emails;
    }

    /** The first's numbers, then the other's not already there. */
    static List<Phone> phones(List<Phone> first, List<Phone> other) {
        List<Phone> phones = new ArrayList<>(first);
        other.stream().filter(p -> first.stream().noneMatch(k -> k.number().equals(p.number()))).forEach(phones::add);
        return phones;
    }
}
