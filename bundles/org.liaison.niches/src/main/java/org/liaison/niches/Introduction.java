package org.liaison.niches;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Two members brought together by a staff member, with the reason, each side's answer and what
 * followed.
 *
 * @param niche the niche it was proposed in, or {@code null}
 * @param need the need it answers, when proposed from a match; else {@code null}
 * @param offer the offer that meets it, or {@code null}
 * @param meeting the meeting where they met, when the meetings area linked one
 */
public record Introduction(UUID id, UUID first, UUID second, UUID niche, UUID need, UUID offer, String proposedBy,
        LocalDate proposedOn, String reason, Answer firstAnswer, LocalDate firstAnsweredOn, Answer secondAnswer,
        LocalDate secondAnsweredOn, LocalDate metOn, UUID meeting, LocalDate closedOn, LocalDate lapsedOn) {

    public IntroductionStatus status() {
        if (firstAnswer == Answer.DECLINED || secondAnswer == Answer.DECLINED) {
            return IntroductionStatus.DECLINED;
        }
        if (lapsedOn != null) {
            return IntroductionStatus.LAPSED;
        }
        if (closedOn != null) {
            return IntroductionStatus.CLOSED;
        }
        if (metOn != null) {
            return IntroductionStatus.MET;
        }
        return firstAnswer == Answer.ACCEPTED && secondAnswer == Answer.ACCEPTED
                ? IntroductionStatus.ACCEPTED : IntroductionStatus.PROPOSED;
    }

    /** The day both sides had accepted, or {@code null}. */
    public LocalDate acceptedOn() {
        if (firstAnswer != Answer.ACCEPTED || secondAnswer != Answer.ACCEPTED) {
            return null;
        }
        return firstAnsweredOn.isAfter(secondAnsweredOn) ? firstAnsweredOn : secondAnsweredOn;
    }

    /** The other side of the introduction from {@code contact}. */
    public UUID other(UUID contact) {
        return first.equals(contact) ? second : first;
    }
}
