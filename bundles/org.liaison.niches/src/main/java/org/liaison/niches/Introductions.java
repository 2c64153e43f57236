package org.liaison.niches;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Introductions between members with double opt-in, their outcomes and follow-ups. A move the
 * status does not allow is refused with a {@link org.liaison.core.validation.ValidationException}
 * saying why, in {@code locale}; nothing is written.
 */
public interface Introductions {

    /**
     * Proposes an introduction of {@code first} to {@code second}. Refused: a member introduced to
     * themselves, an unknown contact, an empty reason, a pair with an introduction still open, or
     * a need or offer that is not open on {@code on}.
     */
    Introduction propose(UUID first, UUID second, UUID niche, UUID need, UUID offer, String proposedBy, String reason,
            LocalDate on, Locale locale);

    /** Records one side's answer; {@code side} is the contact answering. Once both accepted, follow-ups fall due. */
    Introduction answer(UUID introductionId, UUID side, boolean accepted, LocalDate on, Locale locale);

    /** They met: only once both sides accepted. */
    Introduction met(UUID introductionId, LocalDate on, Locale locale);

    /** Closes one that has run its course: after they met. */
    Introduction close(UUID introductionId, LocalDate on, Locale locale);

    /** Lets one that is still awaiting an answer, or accepted but never met, lapse. */
    Introduction lapse(UUID introductionId, LocalDate on, Locale locale);

    Optional<Introduction> find(UUID id);

    /** Introductions with {@code status} ({@code null}: all), newest first, at most {@code limit}. */
    List<Introduction> board(IntroductionStatus status, int limit);

    /** How many introductions have each status. */
    java.util.Map<IntroductionStatus, Long> counts();

    /** A contact's introductions, newest first. */
    List<Introduction> of(UUID contactId);

    /** Proposed and awaiting at least one answer, oldest first. */
    List<Introduction> awaitingAnswer(int limit);

    /**
     * Records an outcome. Refused: a negative value or job count, an introduction the two sides
     * never accepted, a date before the introduction.
     */
    Outcome record(Outcome outcome, Locale locale);

    List<Outcome> outcomes(UUID introductionId);

    /** Follow-ups not done and due by {@code by}, soonest first; {@code assignee} {@code null} for everyone's. */
    List<FollowUp> followUpsDue(LocalDate by, String assignee, int limit);

    /** Every follow-up of an introduction, done or not (none before both sides accepted). */
    List<FollowUp> followUps(UUID introductionId);

    /** Marks a follow-up done. */
    void followedUp(UUID introductionId, int months, LocalDate on, String by, Locale locale);
}
