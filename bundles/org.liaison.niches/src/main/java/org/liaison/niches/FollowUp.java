package org.liaison.niches;

import java.time.LocalDate;

/**
 * A follow-up of an introduction 3, 6 or 12 months after both sides accepted, for its proposer.
 *
 * @param doneOn {@code null} while it is still to do
 */
public record FollowUp(Introduction introduction, int months, LocalDate due, String assignee, LocalDate doneOn) {

    /** The months after acceptance at which an introduction is followed up. */
    public static final int[] MONTHS = {3, 6, 12};
}
