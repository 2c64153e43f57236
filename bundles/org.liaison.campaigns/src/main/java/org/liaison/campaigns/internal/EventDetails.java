package org.liaison.campaigns.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** The details of the meeting an invitation is for, from the meetings area when it is installed. */
public interface EventDetails {

    /** Title, date (in the recipient's language), place and online link. */
    Optional<String[]> event(UUID meetingId, Locale locale);
}
