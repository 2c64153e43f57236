package org.liaison.meetings;

/** What sort of meeting; a kind brings its own presets (length, place) to the meeting form. */
public enum MeetingKind {
    ONE_TO_ONE(60), NETWORK_EVENT(120), BROKERAGE(180), NEEDS_ASSESSMENT(90), CALL(30);

    private final int usualMinutes;

    MeetingKind(int usualMinutes) {
        this.usualMinutes = usualMinutes;
    }

    /** How long such a meeting usually lasts, proposed as its end when it is created. */
    public int usualMinutes() {
        return usualMinutes;
    }

    /** A meeting of this kind takes registrations, a capacity and a waiting list. */
    public boolean takesRegistrations() {
        return this == NETWORK_EVENT || this == BROKERAGE;
    }

    /** A meeting of this kind is held online or by telephone rather than at an address. */
    public boolean remote() {
        return this == CALL;
    }
}
