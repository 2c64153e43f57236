package org.liaison.contacts;

/** How a contact may be reached for a purpose. */
public enum ConsentChannel {
    EMAIL, PHONE, POST
}
