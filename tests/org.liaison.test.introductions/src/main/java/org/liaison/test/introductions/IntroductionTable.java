package org.liaison.test.introductions;

import org.liaison.test.partners.PartnerTable;

/** A table that refers to another bundle's table, so its changelog must be applied after that one. */
public final class IntroductionTable {

    public static final String NAME = "TEST_INTRODUCTION";
    public static final String REFERS_TO = PartnerTable.NAME;

    private IntroductionTable() {
    }
}
