package org.liaison.contacts.io;

import java.io.IOException;
import java.io.Writer;

import org.liaison.contacts.ContactQuery;

/** The contacts a search finds, written out for a spreadsheet. */
public interface ContactExport {

    /**
     * Writes every contact {@code query} finds (whatever its offset and limit) as UTF-8 CSV with
     * a header line: kind, name, given name, family name, email, phone, region, tags.
     *
     * @return how many contacts were written
     */
    long csv(ContactQuery query, Writer out) throws IOException;
}
