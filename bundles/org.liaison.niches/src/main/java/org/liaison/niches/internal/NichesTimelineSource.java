package org.liaison.niches.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.liaison.contacts.ContactProfiles;
import org.liaison.contacts.ContactSummary;
import org.liaison.contacts.TimelineEntry;
import org.liaison.contacts.TimelineSource;
import org.liaison.core.i18n.Messages;
import org.liaison.niches.Introduction;
import org.liaison.niches.Introductions;
import org.liaison.niches.Outcome;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** A contact's introductions (proposed, answered, met) and their outcomes on the contact's timeline. */
@Component(service = TimelineSource.class)
public class NichesTimelineSource implements TimelineSource {

    private final Introductions introductions;
    private final ContactProfiles profiles;

    @Activate
    public NichesTimelineSource(@Reference Introductions introductions, @Reference ContactProfiles profiles) {
        this.introductions = introductions;
        this.profiles = profiles;
    }

    @Override
    public List<TimelineEntry> entries(UUID contactId, Locale locale) {
        Messages texts = NicheTexts.in(locale);
        List<Introduction> mine = introductions.of(contactId);
        Set<UUID> others = new java.util.HashSet<>();
        mine.forEach(i -> others.add(i.other(contactId)));
        Map<UUID, ContactSummary> names = profiles.summaries(others);
        List<TimelineEntry> entries = new ArrayList<>();
        for (Introduction introduction : mine) {
            ContactSummary other = names.get(introduction.other(contactId));
            String name = other == null ? "?" : other.name();
            entries.add(entry(introduction.proposedOn(), texts.get("timeline.proposed", name, introduction.proposedBy(),
                    introduction.reason())));
            if (introduction.acceptedOn() != null) {
                entries.add(entry(introduction.acceptedOn(), texts.get("timeline.accepted", name)));
            }
            if (introduction.metOn() != null) {
                entries.add(entry(introduction.metOn(), texts.get("timeline.met", name)));
            }
            for (Outcome outcome : introductions.outcomes(introduction.id())) {
                entries.add(entry(outcome.recordedOn(), texts.get("timeline.outcome", name, texts.get("outcome." + outcome.kind().name()),
                        outcome.value() == null ? "" : outcome.value().format(locale), outcome.jobs())));
            }
        }
        return entries;
    }

    private static TimelineEntry entry(LocalDate day, String text) {
        return new TimelineEntry(day.atStartOfDay().toInstant(ZoneOffset.UTC), "INTRODUCTION", text);
    }
}
