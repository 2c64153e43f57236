package org.liaison.contacts.io;

import java.time.LocalDate;

/**
 * What a row says about a person besides their {@link org.liaison.contacts.Person} fields: their
 * job at the organisation of the row, their web addresses, their birthday and the notes of the file.
 *
 * @param note the file's notes on the person with what was kept as written (a region not
 *        recognised, a date that does not exist), or {@code null}
 * @param optedOut what the file wrote to say the person asked not to be emailed, or {@code null}
 * @since 1.4
 */
public record ImportExtras(String jobTitle, String department, String website, String linkedIn, LocalDate birthday, String note,
        String optedOut) {

    public static final ImportExtras NONE = new ImportExtras(null, null, null, null, null, null, null);
}
