package org.liaison.meetings.interview;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * The interview held at a meeting: whom, with which template, the answers by question id, and
 * whether staff confirmed them (only then do they reach the profile).
 */
public record Interview(UUID meetingId, UUID contactId, String templateId, Map<String, String> answers, Instant confirmedAt,
        String confirmedBy) {

    public Interview {
        answers = Map.copyOf(answers);
    }

    public boolean confirmed() {
        return confirmedAt != null;
    }
}
