package org.liaison.contacts;

/**
 * Where a contact is, for letters and for distance.
 *
 * @param country ISO 3166-1 alpha-2, e.g. GB, FR
 * @param latitude degrees, or {@code null} when unknown
 * @param longitude degrees, or {@code null} when unknown
 */
public record PostalAddress(String street, String postcode, String city, String country, Double latitude,
        Double longitude) {

    public static final PostalAddress NONE = new PostalAddress(null, null, null, null, null, null);
}
