package org.liaison.contacts.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.liaison.contacts.Person;
import org.liaison.contacts.io.ImportRow;
import org.liaison.core.i18n.Messages;

/**
 * The rows of a file read so far, so that a row repeating an earlier one is marked: the same email
 * address, or a name alike at the same organisation (its name with Ltd, SARL... set aside).
 */
final class EarlierRows {

    private record Named(int line, Person person) {
    }

    private final Map<String, Integer> byEmail = new HashMap<>();
    private final Map<String, List<Named>> byOrganisation = new HashMap<>();
    private final Messages texts;

    EarlierRows(Messages texts) {
        this.texts = texts;
    }

    /** The row, marked as the same as an earlier one when it seems to be; else remembered for the rows after it. */
    ImportRow mark(ImportRow row) {
        Person person = row.person();
        if (person == null) {
            return row;
        }
        if (!person.emails().isEmpty()) {
            Integer earlier = byEmail.putIfAbsent(person.emails().get(0).address().toLowerCase(Locale.ROOT), row.line());
            if (earlier != null) {
                return row.asDuplicate(null, texts.get("import.sameAsLine", earlier));
            }
        }
        // the organisation by its legal id where the file gives one, else by its name
        String organisation = row.organisationId() != null ? row.organisationId() : OrganisationNames.core(row.organisation());
        if (organisation.isEmpty()) {
            return row;
        }
        List<Named> colleagues = byOrganisation.computeIfAbsent(organisation, o -> new ArrayList<>());
        for (Named earlier : colleagues) {
            if (NameLikeness.of(earlier.person(), person.givenName(), person.familyName()) >= NameLikeness.SAME_PERSON) {
                return row.asDuplicate(null, texts.get("import.sameNameAsLine", earlier.line(),
                        row.organisation() != null ? row.organisation() : row.organisationId()));
            }
        }
        colleagues.add(new Named(row.line(), person));
        return row;
    }
}
