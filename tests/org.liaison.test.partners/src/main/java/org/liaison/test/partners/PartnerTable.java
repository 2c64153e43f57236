package org.liaison.test.partners;

/** A synced table shipped by a bundle of its own, as an agency's bundle would ship one. */
public final class PartnerTable {

    public static final String NAME = "TEST_PARTNER";

    private PartnerTable() {
    }
}
