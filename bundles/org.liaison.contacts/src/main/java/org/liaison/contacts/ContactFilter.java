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
 * @param uncheckedPhones only people with a telephone number kept as written, to correct (since 1.5)
 */
public record ContactFilter(String region, String language, String sector, String segment, Readiness readiness, String tag,
        ConsentPurpose consent, boolean uncheckedPhones) {

    public static final ContactFilter NONE = new ContactFilter(null, null, null, null, null, null, null);

    public ContactFilter(String region, String language, String sector, String segment, Readiness readiness, String tag,
            ConsentPurpose consent) {
        this(region, language, sector, segment, readiness, tag, consent, false);
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    public ContactFilter withRegion(String value) {
        return new ContactFilter(blankToNull(value), language, sector, segment, readiness, tag, consent, uncheckedPhones);
    }

    public ContactFilter withLanguage(String value) {
        return new ContactFilter(region, blankToNull(value), sector, segment, readiness, tag, consent, uncheckedPhones);
    }

    public ContactFilter withSector(String value) {
        return new ContactFilter(region, language, blankToNull(value), segment, readiness, tag, consent, uncheckedPhones);
    }

    public ContactFilter withSegment(String value) {
        return new ContactFilter(region, language, sector, blankToNull(value), readiness, tag, consent, uncheckedPhones);
    }

    public ContactFilter withReadiness(Readiness value) {
        return new ContactFilter(region, language, sector, segment, value, tag, consent, uncheckedPhones);
    }

    public ContactFilter withTag(String value) {
        return new ContactFilter(region, language, sector, segment, readiness, blankToNull(value), consent, uncheckedPhones);
    }

    public ContactFilter withConsent(ConsentPurpose value) {
        return new ContactFilter(region, language, sector, segment, readiness, tag, value, uncheckedPhones);
    }

    /** @since 1.5 */
    public ContactFilter withUncheckedPhones(boolean value) {
        return new ContactFilter(region, language, sector, segment, readiness, tag, consent, value);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
