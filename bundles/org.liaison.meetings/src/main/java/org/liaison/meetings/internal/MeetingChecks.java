package org.liaison.meetings.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.liaison.contacts.ContactProfiles;
import org.liaison.core.i18n.Messages;
import org.liaison.core.validation.ValidationException;
import org.liaison.core.validation.ValidationProblem;
import org.liaison.meetings.Attendee;
import org.liaison.meetings.Meeting;

/** What a meeting must be to be saved; every problem is named with its field. */
final class MeetingChecks {

    /** The longest meeting: a calendar week or month reads the meetings that start up to this long before it. */
    static final Duration LONGEST = Duration.ofDays(14);

    private MeetingChecks() {
    }

    static void check(Meeting meeting, ContactProfiles profiles, Messages texts) {
        List<ValidationProblem> problems = new ArrayList<>();
        if (meeting.kind() == null) {
            problems.add(ValidationProblem.field("kind", texts.get("required")));
        }
        text(meeting.title(), true, 300, "title", texts, problems);
        if (meeting.start() == null) {
            problems.add(ValidationProblem.field("start", texts.get("required")));
        }
        if (meeting.end() == null) {
            problems.add(ValidationProblem.field("end", texts.get("required")));
        }
        if (meeting.start() != null && meeting.end() != null) {
            if (meeting.end().isBefore(meeting.start())) {
                problems.add(ValidationProblem.field("end", texts.get("end.beforeStart")));
            } else if (Duration.between(meeting.start(), meeting.end()).compareTo(LONGEST) > 0) {
                problems.add(ValidationProblem.field("end", texts.get("end.tooLate", LONGEST.toDays())));
            }
        }
        if (meeting.zone() == null) {
            problems.add(ValidationProblem.field("zone", texts.get("required")));
        }
        if (meeting.language() == null || !meeting.language().matches("[a-z]{2,3}")) {
            problems.add(ValidationProblem.field("language", texts.get("language.invalid", meeting.language())));
        }
        text(meeting.organiser(), true, 100, "organiser", texts, problems);
        text(meeting.place(), false, 500, "place", texts, problems);
        text(meeting.agenda(), false, 8000, "agenda", texts, problems);
        text(meeting.decisions(), false, 8000, "decisions", texts, problems);
        text(meeting.calendarUid(), false, 255, "calendarUid", texts, problems);
        text(meeting.onlineLink(), false, 500, "onlineLink", texts, problems);
        if (meeting.onlineLink() != null && !meeting.onlineLink().isBlank() && meeting.onlineLink().length() <= 500
                && !link(meeting.onlineLink())) {
            problems.add(ValidationProblem.field("onlineLink", texts.get("link.invalid", meeting.onlineLink())));
        }
        if (meeting.capacity() != null && meeting.capacity() < 1) {
            problems.add(ValidationProblem.field("capacity", texts.get("capacity.invalid")));
        }
        for (String account : meeting.staff()) {
            text(account, true, 100, "staff", texts, problems);
        }
        Set<UUID> seen = new HashSet<>();
        for (Attendee attendee : meeting.attendees()) {
            if (!seen.add(attendee.contactId())) {
                problems.add(ValidationProblem.field("attendees", texts.get("attendee.twice", attendee.contactId())));
            }
        }
        Set<UUID> unknown = new HashSet<>(seen);
        unknown.removeAll(profiles.summaries(seen).keySet());
        for (UUID contact : unknown) {
            problems.add(ValidationProblem.field("attendees", texts.get("contact.unknown", contact)));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    static void text(String value, boolean required, int longest, String field, Messages texts, List<ValidationProblem> problems) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(ValidationProblem.field(field, texts.get("required")));
            }
        } else if (value.length() > longest) {
            problems.add(ValidationProblem.field(field, texts.get("tooLong", longest)));
        }
    }

    /** A web, video-call or telephone link. */
    private static boolean link(String value) {
        try {
            URI uri = new URI(value.strip());
            String scheme = uri.getScheme();
            return scheme != null && Set.of("https", "http", "tel", "sip", "msteams", "zoommtg").contains(scheme.toLowerCase());
        } catch (URISyntaxException e) {
            return false;
        }
    }

    static String stripped(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
