package org.liaison.contacts.ui.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.liaison.contacts.ContactQuery;
import org.liaison.contacts.ContactService;
import org.liaison.contacts.ContactSummary;

/**
 * The rows of one search, fetched a page at a time as the table scrolls, so that a list of
 * 100,000 contacts costs only the pages on screen.
 */
final class ContactPages {

    static final int PAGE = 200;

    private final ContactService contacts;
    private final ContactQuery query;
    private final Map<Integer, List<ContactSummary>> pages = new HashMap<>();
    private final long size;

    ContactPages(ContactService contacts, ContactQuery query) {
        this.contacts = contacts;
        this.query = query;
        this.size = contacts.count(query);
    }

    ContactQuery query() {
        return query;
    }

    long size() {
        return size;
    }

    /** The row at {@code index}, or {@code null} past the end. */
    ContactSummary get(int index) {
        int page = index / PAGE;
        List<ContactSummary> rows = pages.computeIfAbsent(page, p -> contacts.search(query.page(p * PAGE, PAGE)));
        if (pages.size() > 50) { // keep memory flat when someone scrolls through everything
            pages.keySet().removeIf(p -> Math.abs(p - page) > 10);
        }
        int offset = index % PAGE;
        return offset < rows.size() ? rows.get(offset) : null;
    }
}
