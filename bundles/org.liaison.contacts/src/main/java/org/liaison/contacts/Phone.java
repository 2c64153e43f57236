package org.liaison.contacts;

/**
 * A telephone number of a contact.
 *
 * @param number in E.164 form, e.g. {@code +441273123456}; as it was written when {@code unchecked}
 * @param kind mobile, work, home or other
 * @param unchecked whether the number could not be read (a typo, a foreign number without its code),
 *        so it is kept as written until someone corrects it, and never used to match or to call
 *        (since 1.5)
 */
public record Phone(String number, Kind kind, boolean unchecked) {

    /**
     * The longest number kept as written.
     *
     * @since 1.5
     */
    public static final int MAX_UNCHECKED_LENGTH = 40;

    /** A number in E.164 form. */
    public Phone(String number, Kind kind) {
        this(number, kind, false);
    }

    /**
     * A number as written that could not be read, kept until someone corrects it.
     *
     * @since 1.5
     */
    public static Phone unchecked(String asWritten, Kind kind) {
        return new Phone(asWritten, kind, true);
    }

    public enum Kind {
        MOBILE, WORK, HOME, OTHER
    }
}
