package org.liaison.contacts;

import java.util.List;
import java.util.Locale;

/**
 * Finds people entered twice: the same email address or telephone number, or names alike (case,
 * accents and small typing differences aside) at the same address.
 */
public interface DuplicateFinder {

    /** Likely duplicates among all people, most certain first. */
    List<DuplicatePair> scan(Locale locale);
}
