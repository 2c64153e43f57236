package org.liaison.contacts;

/** What a contact agreed (or refused) to be contacted for. */
public enum ConsentPurpose {
    NEWSLETTER, EVENT_INVITATIONS, INTRODUCTIONS
}
