package org.liaison.contacts;

/**
 * What to look for among contacts.
 *
 * @param text words the contact must have, each as a word or the start of one, in any field
 *        searched (names, emails, phones, organisations, tags, sectors, legal ids); case and
 *        accents do not matter; empty for all contacts
 * @param filter the other criteria, {@link ContactFilter#NONE} for none
 * @param offset how many results to skip (for paging through a long list)
 * @param limit at most this many results
 */
public record ContactQuery(String text, ContactFilter filter, int offset, int limit) {

    public ContactQuery {
        text = text == null ? "" : text;
        filter = filter == null ? ContactFilter.NONE : filter;
    }

    public static ContactQuery text(String text) {
        return new ContactQuery(text, ContactFilter.NONE, 0, 200);
    }

    /** The same search, for the results from {@code from} on. */
    public ContactQuery page(int from, int size) {
        return new ContactQuery(text, filter, from, size);
    }

    public ContactQuery filtered(ContactFilter newFilter) {
        return new ContactQuery(text, newFilter, offset, limit);
    }
}
