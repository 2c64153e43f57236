package org.liaison.niches;

/**
 * Where an introduction stands, read from what was recorded (each side's answer, the meeting,
 * closing, lapsing), so that answers recorded on two desktops combine: proposed, accepted by
 * both, met, closed; or declined by one side, or lapsed.
 */
public enum IntroductionStatus {
    PROPOSED, ACCEPTED, MET, CLOSED, DECLINED, LAPSED;

    /** Still under way: no second introduction of the same pair is proposed meanwhile. */
    public boolean open() {
        return this == PROPOSED || this == ACCEPTED || this == MET;
    }
}
