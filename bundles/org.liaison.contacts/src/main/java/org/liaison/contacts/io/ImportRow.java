package org.liaison.contacts.io;

import java.util.List;
import java.util.UUID;

import org.liaison.contacts.Person;
import org.liaison.core.validation.ValidationProblem;

/**
 * One row of an import as checked.
 *
 * @param line the line of the file the row starts on (rows can span lines)
 * @param person the person to create, or {@code null} when the row is wrong
 * @param problems why the row is wrong, each with its line and field
 * @param duplicateOf the contact already known (or the earlier row) this row seems to be, or {@code null}
 * @param duplicateReason why it seems to be the same, for people to read
 * @param organisation the name of the organisation the row says the person belongs to, or {@code null}
 * @param organisationId that organisation's Companies House number or SIREN, checked, or {@code null} (since 1.1)
 */
public record ImportRow(int line, Person person, List<ValidationProblem> problems, UUID duplicateOf, String duplicateReason,
        String organisation, String organisationId) {

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
        return new ImportRow(line, person, problems, duplicateOf, reason, organisation, organisationId);
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
