package org.liaison.contacts.io;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import org.liaison.contacts.Person;

/** People to and from vCard 3.0 and 4.0, as phones and mail programs exchange them. */
public interface VCardExchange {

    enum Version {
        V3_0, V4_0
    }

    /** The people as one vCard file. */
    String write(List<Person> people, Version version);

    /**
     * The people of a vCard file, checked like any other person (the number of the card in the
     * file is the line of each problem). Nothing is saved.
     *
     * @throws org.liaison.core.validation.ValidationException naming every wrong card and field
     */
    default List<Person> read(String vcards, String defaultCountry, Locale locale) {
        try {
            return read(new StringReader(vcards), defaultCountry, locale);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The people of a vCard file read a card at a time, so that a big file takes only the memory of
     * its people; a card that runs over the bound (one that never ends) is refused with its number.
     *
     * @throws org.liaison.core.validation.ValidationException naming every wrong card and field
     * @throws IOException when the file cannot be read
     */
    List<Person> read(Reader vcards, String defaultCountry, Locale locale) throws IOException;
}
