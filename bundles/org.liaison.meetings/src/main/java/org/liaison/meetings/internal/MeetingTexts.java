package org.liaison.meetings.internal;

import java.util.Locale;

import org.liaison.core.i18n.Messages;

/** The meetings area's messages (refusals, timeline lines, export headings) in English and French. */
public final class MeetingTexts {

    private MeetingTexts() {
    }

    public static Messages in(Locale locale) {
        return Messages.of("org.liaison.meetings.internal.messages", MeetingTexts.class, locale);
    }
}
