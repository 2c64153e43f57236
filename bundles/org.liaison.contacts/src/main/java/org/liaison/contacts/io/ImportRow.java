package org.liaison.contacts.io;

import java.util.List;
import java.util.UUID;

import org.liaison.contacts.Person;
import org.liaison.core.validation.ValidationProblem;

/**
 * One row of an import as checked.
 *
 * @param line the line of the file the row starts on (rows can span lines); of a vCard file, the card's number
 * @param person the person to create, or {@code null} when the row is wrong
 * @param problems why the row is wrong, each with its line and field
 * @param duplicateOf the contact already known (or the earlier row) this row seems to be, or {@code null}
 * @param duplicateReason why it seems to be the same, for people to read
 * @param organisation the name of the organisation the row says the person belongs to, or {@code null}
 * @param organisationId that organisation's Companies House number or SIREN, checked, or {@code null} (since 1.1)
 * @param warnings what is doubtful in the row but does not stop its import: a telephone number that
 *        cannot be read (kept as written, {@linkplain org.liaison.contacts.Phone#unchecked unchecked}),
 *        a region or a date not recognised (kept in the note); each with its line and field (since 1.4)
 * @param extras the row's job title, web addresses, birthday and notes (since 1.4)
 */
public record ImportRow(int line, Person person, List<ValidationProblem> problems, UUID duplicateOf, String duplicateReason,
        String organisation, String organisationId, List<ValidationProblem> warnings, ImportExtras extras) {

    public ImportRow {
        problems = List.copyOf(problems);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        extras = extras == null ? ImportExtras.NONE : extras;
    }

    public ImportRow(int line, Person person, List<ValidationProblem> problems, UUID duplicateOf, String duplicateReason,
            String organisation, String organisationId) {
        this(line, person, problems, duplicateOf, duplicateReason, organisation, organisationId, List.of(), ImportExtras.NONE);
    }

    public ImportRow(int line, Person person, List<ValidationProblem> problems, UUID duplicateOf, String duplicateReason) {
        this(line, person, problems, duplicateOf, duplicateReason, null, null);
    }

    public ImportRow(int line, Person person, List<ValidationProblem> problems, UUID duplicateOf, String duplicateReason,
            String organisation) {
        this(line, person, problems, duplicateOf, duplicateReason, organisation, null);
    }

    /**
     * The same row taken for {@code duplicateOf} (a known contact, or {@code null} for an earlier row) for {@code reason}.
     *
     * @since 1.1
     */
    public ImportRow asDuplicate(UUID duplicateOf, String reason) {
        return new ImportRow(line, person, problems, duplicateOf, reason, organisation, organisationId, warnings, extras);
    }

    /**
     * The same row refused for {@code problem} (its warnings kept, for the person to see them all).
     *
     * @since 1.4
     */
    public ImportRow refused(ValidationProblem problem) {
        return new ImportRow(line, null, List.of(problem), null, null, organisation, organisationId, warnings, extras);
    }

    public boolean valid() {
        return problems.isEmpty();
    }

    /** Whether the row seems to be a known contact or an earlier row of the file. */
    public boolean duplicate() {
        return duplicateReason != null;
    }

    /** What happens to the row when the person importing does not choose: duplicates are left out. */
    public ImportDecision defaultDecision() {
        return duplicate() ? ImportDecision.SKIP : ImportDecision.CREATE;
    }
}
