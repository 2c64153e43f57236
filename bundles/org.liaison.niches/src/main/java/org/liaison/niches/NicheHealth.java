package org.liaison.niches;

import java.time.LocalDate;

/**
 * How a niche is doing.
 *
 * @param joined members who joined and have not left
 * @param candidates contacts the rule finds that no one has dealt with yet
 * @param lastIntroduction when an introduction inside the niche was last proposed, or {@code null}
 * @param thin fewer than {@link NicheService#THIN_MEMBERS} joined members, or no introduction for
 *        the months asked
 */
public record NicheHealth(Niche niche, long joined, long candidates, LocalDate lastIntroduction, boolean thin) {
}
