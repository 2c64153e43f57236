package org.liaison.contacts;

import java.util.List;
import java.util.Locale;

/**
 * Finds people and organisations entered twice: the same email address or telephone number, or names alike (case,
 * accents and small typing differences aside) at the same address, unless each has a telephone
 * number of their own.
 */
public interface DuplicateFinder {

    /** Likely duplicates among all people, most certain first. */
    List<DuplicatePair> scan(Locale locale);

    /**
     * Likely duplicates among organisations, most certain first: the same company number, SIREN,
     * VAT number or website, or names alike (legal forms such as Ltd or SARL aside) in the same region.
     */
    List<DuplicatePair> scanOrganisations(Locale locale);
}
