package org.liaison.contacts;

/**
 * An email address of a contact.
 *
 * @param address normalized by {@link EmailAddresses#normalize}
 * @param primary whether it is the one to write to
 */
public record Email(String address, boolean primary) {
}
