package org.liaison.contacts;

/** What a person is to the network. */
public enum ContactRole {
    ENTREPRENEUR, SME_OWNER_MANAGER, POTENTIAL_ENTREPRENEUR, ADVISER, AGENCY_STAFF, OTHER
}
