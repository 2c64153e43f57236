package org.liaison.contacts;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A person's part in an organisation.
 *
 * @param role what they are there ("owner", "employee", "member"), free text
 * @param title their job title
 * @param from when it started, or {@code null}
 * @param to when it ended, or {@code null} while it lasts
 */
public record Affiliation(UUID id, UUID personId, UUID organisationId, String role, String title, LocalDate from, LocalDate to) {

    public boolean current(LocalDate on) {
        return (from == null || !from.isAfter(on)) && (to == null || !to.isBefore(on));
    }
}
