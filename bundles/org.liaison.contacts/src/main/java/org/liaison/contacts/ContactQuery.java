package org.liaison.contacts;

/**
 * What to look for among contacts.
 *
 * @param text words the contact must have, each as a word or the start of one, in any field
 *        searched (names, emails, phones, organisations, tags, sectors, legal ids); case and
 *        accents do not matter; empty for all contacts
 * @param region only contacts of this ISO 3166-2 region, or {@code null}
 * @param tag only contacts with this tag, or {@code null}
 * @param offset how many results to skip (for paging through a long list)
 * @param limit at most this many results
 */
public record ContactQuery(String text, String region, String tag, int offset, int limit) {

    public static ContactQuery text(String text) {
        return new ContactQuery(text, null, null, 0, 200);
    }

    /** The same search, for the results from {@code from} on. */
    public ContactQuery page(int from, int size) {
        return new ContactQuery(text, region, tag, from, size);
    }
}
