package org.liaison.campaigns;

/** Why a contact of the audience gets no mail. */
public enum LeftOutReason {
    EXCLUDED, NO_CONSENT, ERASED, SUPPRESSED, NO_EMAIL, HELD_AFTER_BOUNCE, ORGANISATION
}
