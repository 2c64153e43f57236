package org.liaison.contacts;

/**
 * Which contacts a list shows, besides the words searched. Each criterion left {@code null} lets
 * every contact through; the criteria set must all hold.
 *
 * @param region ISO 3166-2 code of the contact's region
 * @param language a language the person speaks or prefers (ISO 639-1)
 * @param sector a NACE Rev. 2 code: organisations in it, or in a class below it, and the people
 *        affiliated with them
 * @param segment a customer segment code: organisations in it and their people
 * @param readiness people with this readiness to network
 * @param tag contacts with this tag (case aside)
 * @param consent people who currently consent, on some channel, to this purpose
 */
public record ContactFilter(String region, String language, String sector, String segment, Readiness readiness, String tag,
        ConsentPurpose consent) {

    public static final ContactFilter NONE = new ContactFilter(null, null, null, null, null, null, null);

    public boolean isEmpty() {
        return equals(NONE);
    }

    public ContactFilter withRegion(String value) {
        return new ContactFilter(blankToNull(value), language, sector, segment, readiness, tag, consent);
    }

    public ContactFilter withLanguage(String value) {
        return new ContactFilter(region, blankToNull(value), sector, segment, readiness, tag, consent);
    }

    public ContactFilter withSector(String value) {
        return new ContactFilter(region, language, blankToNull(value), segment, readiness, tag, consent);
    }

    public ContactFilter withSegment(String value) {
        return new ContactFilter(region, language, sector, blankToNull(value), readiness, tag, consent);
    }

    public ContactFilter withReadiness(Readiness value) {
        return new ContactFilter(region, language, sector, segment, value, tag, consent);
    }

    public ContactFilter withTag(String value) {
        return new ContactFilter(region, language, sector, segment, readiness, blankToNull(value), consent);
    }

    public ContactFilter withConsent(ConsentPurpose value) {
        return new ContactFilter(region, language, sector, segment, readiness, tag, value);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
