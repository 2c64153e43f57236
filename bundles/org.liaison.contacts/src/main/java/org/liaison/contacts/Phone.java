package org.liaison.contacts;

/**
 * A telephone number of a contact.
 *
 * @param number in E.164 form, e.g. {@code +441273123456}
 * @param kind mobile, work, home or other
 */
public record Phone(String number, Kind kind) {

    public enum Kind {
        MOBILE, WORK, HOME, OTHER
    }
}
