package org.liaison.contacts.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.liaison.contacts.ContactQuery;
import org.liaison.contacts.ContactService;
import org.liaison.contacts.ContactSummary;
import org.liaison.contacts.Person;
import org.liaison.contacts.io.ContactExport;
import org.liaison.contacts.io.SpreadsheetCells;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** CSV export with Commons CSV, a page of the search at a time. */
@Component(service = ContactExport.class)
public class CsvContactExport implements ContactExport {

    private static final int PAGE = 500;

    private final ContactService contacts;

    @Activate
    public CsvContactExport(@Reference ContactService contacts) {
        this.contacts = contacts;
    }

    @Override
    public long csv(ContactQuery query, Writer out) throws IOException {
        long written = 0;
        try (CSVPrinter csv = CSVFormat.DEFAULT.builder()
                .setHeader("kind", "name", "given name", "family name", "email", "phone", "region", "tags").get().print(out)) {
            for (int from = 0;; from += PAGE) {
                List<ContactSummary> page = contacts.search(query.page(from, PAGE));
                for (ContactSummary contact : page) {
                    Optional<Person> person = contact.kind() == ContactSummary.Kind.PERSON ? contacts.person(contact.id())
                            : Optional.empty();
                    csv.printRecord(contact.kind().name().toLowerCase(java.util.Locale.ROOT), SpreadsheetCells.text(contact.name()),
                            SpreadsheetCells.text(person.map(Person::givenName).orElse("")),
                            SpreadsheetCells.text(person.map(Person::familyName).orElse("")),
                            SpreadsheetCells.text(person.flatMap(p -> p.emails().stream().findFirst()).map(e -> e.address()).orElse("")),
                            SpreadsheetCells.text(person.flatMap(p -> p.phones().stream().findFirst()).map(p -> p.number()).orElse("")),
                            contact.region() == null ? "" : contact.region(),
                            SpreadsheetCells.text(String.join(", ", person.map(Person::tags).orElse(java.util.Set.of()))));
                    written++;
                }
                if (page.size() < PAGE) {
                    return written;
                }
            }
        }
    }
}
