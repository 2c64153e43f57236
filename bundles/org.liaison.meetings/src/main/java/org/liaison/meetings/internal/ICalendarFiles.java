package org.liaison.meetings.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.UUID;

import org.liaison.contacts.ContactProfiles;
import org.liaison.contacts.ContactService;
import org.liaison.contacts.ContactSummary;
import org.liaison.core.i18n.Messages;
import org.liaison.core.validation.ValidationException;
import org.liaison.core.validation.ValidationProblem;
import org.liaison.meetings.Attendance;
import org.liaison.meetings.Attendee;
import org.liaison.meetings.Meeting;
import org.liaison.meetings.MeetingKind;
import org.liaison.meetings.Meetings;
import org.liaison.meetings.calendar.CalendarFiles;
import org.liaison.meetings.calendar.CalendarImport;
import org.liaison.meetings.calendar.PlannedMeeting;
import org.liaison.store.Sql;
import org.liaison.store.Store;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.ParseWarning;
import biweekly.io.TimezoneAssignment;
import biweekly.io.TimezoneInfo;
import biweekly.io.text.ICalReader;
import biweekly.io.text.ICalWriter;
import biweekly.parameter.ParticipationStatus;
import biweekly.property.DateOrDateTimeProperty;
import biweekly.property.RawProperty;
import biweekly.util.DateTimeComponents;
import biweekly.util.ICalDate;

/** iCalendar files read and written with biweekly. */
@Component(service = CalendarFiles.class)
public class ICalendarFiles implements CalendarFiles {

    private static final String UID_DOMAIN = "@liaison";
    private static final Set<String> DATE_PROPERTIES = Set.of("DTSTART", "DTEND", "DURATION");

    private final Store store;
    private final Meetings meetings;
    private final ContactProfiles profiles;
    private final ContactService contacts;

    @Activate
    public ICalendarFiles(@Reference Store store, @Reference Meetings meetings, @Reference ContactProfiles profiles,
            @Reference ContactService contacts) {
        this.store = store;
        this.meetings = meetings;
        this.profiles = profiles;
        this.contacts = contacts;
    }

    @Override
    public void export(List<Meeting> list, Writer out) throws IOException {
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//Liaison//Meetings//EN");
        TimezoneInfo zones = calendar.getTimezoneInfo();
        Map<ZoneId, TimezoneAssignment> assignments = new HashMap<>();
        Map<UUID, ContactSummary> people = profiles.summaries(list.stream().flatMap(m -> m.attendees().stream())
                .map(Attendee::contactId).toList());
        for (Meeting meeting : list) {
            TimezoneAssignment zone = assignments.computeIfAbsent(meeting.zone(), z -> new TimezoneAssignment(TimeZone.getTimeZone(z),
                    ZoneComponents.of(z, earliest(list, z).minus(Duration.ofDays(366)), latest(list, z).plus(Duration.ofDays(366)))));
            VEvent event = new VEvent();
            event.setUid(meeting.calendarUid() == null ? meeting.id() + UID_DOMAIN : meeting.calendarUid());
            event.setSummary(meeting.title());
            zones.setTimezone(event.setDateStart(java.util.Date.from(meeting.start())), zone);
            zones.setTimezone(event.setDateEnd(java.util.Date.from(meeting.end())), zone);
            if (meeting.place() != null) {
                event.setLocation(meeting.place());
            } else if (meeting.onlineLink() != null) {
                event.setLocation(meeting.onlineLink());
            }
            if (meeting.onlineLink() != null) {
                event.setUrl(meeting.onlineLink());
            }
            if (meeting.agenda() != null) {
                event.setDescription(meeting.agenda());
            }
            event.addExperimentalProperty("X-LIAISON-KIND", meeting.kind().name());
            for (Attendee attendee : meeting.attendees()) {
                ContactSummary person = people.get(attendee.contactId());
                if (person != null && person.detail() != null && person.detail().contains("@")) {
                    biweekly.property.Attendee property = new biweekly.property.Attendee(person.name(), person.detail());
                    property.setParticipationStatus(switch (attendee.attendance()) {
                        case ATTENDED -> ParticipationStatus.ACCEPTED;
                        case EXCUSED, NO_SHOW -> ParticipationStatus.DECLINED;
                        case INVITED -> ParticipationStatus.NEEDS_ACTION;
                    });
                    event.addAttendee(property);
                }
            }
            calendar.addEvent(event);
        }
        ICalWriter writer = new ICalWriter(out, ICalVersion.V2_0); // not closed: the caller's writer stays open
        writer.write(calendar);
        writer.flush();
    }

    private static Instant earliest(List<Meeting> list, ZoneId zone) {
        return list.stream().filter(m -> m.zone().equals(zone)).map(Meeting::start).min(Comparator.naturalOrder()).orElseThrow();
    }

    private static Instant latest(List<Meeting> list, ZoneId zone) {
        return list.stream().filter(m -> m.zone().equals(zone)).map(Meeting::end).max(Comparator.naturalOrder()).orElseThrow();
    }

    @Override
    public CalendarImport read(InputStream in, String importedBy, Locale locale) throws IOException {
        Messages texts = MeetingTexts.in(locale);
        String text = decode(in, texts);
        List<Integer> eventLines = eventLines(text);
        if (!text.stripLeading().regionMatches(true, 0, "BEGIN:VCALENDAR", 0, 15)) {
            throw new ValidationException(ValidationProblem.line(1, null, texts.get("ics.notCalendar")));
        }
        if (!text.toUpperCase(Locale.ROOT).contains("END:VCALENDAR")) {
            throw new ValidationException(ValidationProblem.field(null, texts.get("ics.truncated")));
        }
        if (eventLines.size() > MAX_EVENTS) {
            throw new ValidationException(ValidationProblem.field(null, texts.get("ics.tooManyEvents", eventLines.size(), MAX_EVENTS)));
        }
        ICalendar calendar;
        List<ParseWarning> warnings;
        try (ICalReader reader = new ICalReader(text)) {
            calendar = reader.readNext();
            warnings = reader.getWarnings();
        }
        List<ValidationProblem> problems = new ArrayList<>();
        if (calendar == null) {
            throw new ValidationException(ValidationProblem.field(null, texts.get("ics.notCalendar")));
        }
        for (ParseWarning warning : warnings) {
            if (warning.getPropertyName() != null && DATE_PROPERTIES.contains(warning.getPropertyName().toUpperCase(Locale.ROOT))) {
                problems.add(ValidationProblem.line(warning.getLineNumber() == null ? 0 : warning.getLineNumber(), warning.getPropertyName(),
                        texts.get("ics.dateUnreadable")));
            }
        }
        ZoneId fallback = calendarZone(calendar).orElse(ZoneId.systemDefault());
        String language = locale.getLanguage().isEmpty() ? "en" : locale.getLanguage();
        List<PlannedMeeting> planned = new ArrayList<>();
        List<VEvent> events = calendar.getEvents();
        for (int i = 0; i < events.size(); i++) {
            int line = i < eventLines.size() ? eventLines.get(i) : 0;
            int before = problems.size();
            PlannedMeeting meeting = plan(events.get(i), calendar.getTimezoneInfo(), fallback, importedBy, language, line, texts, problems);
            if (problems.size() == before && meeting != null) {
                planned.add(meeting);
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return new CalendarImport(planned);
    }

    private PlannedMeeting plan(VEvent event, TimezoneInfo zones, ZoneId fallback, String importedBy, String language, int line,
            Messages texts, List<ValidationProblem> problems) {
        String title = event.getSummary() == null || event.getSummary().getValue() == null ? "" : event.getSummary().getValue().strip();
        if (title.isEmpty()) {
            title = texts.get("ics.untitled");
        }
        if (event.getDateStart() == null || event.getDateStart().getValue() == null) {
            problems.add(ValidationProblem.line(line, "DTSTART", texts.get("ics.noStart", title)));
            return null;
        }
        Optional<ZoneId> zone = zoneOf(event.getDateStart(), "DTSTART", zones, fallback, line, texts, problems);
        if (zone.isEmpty()) {
            return null;
        }
        Instant start = instant(event.getDateStart().getValue(), zones, event.getDateStart(), zone.get());
        Instant end;
        if (event.getDateEnd() != null && event.getDateEnd().getValue() != null) {
            Optional<ZoneId> endZone = zoneOf(event.getDateEnd(), "DTEND", zones, fallback, line, texts, problems);
            if (endZone.isEmpty()) {
                return null;
            }
            end = instant(event.getDateEnd().getValue(), zones, event.getDateEnd(), endZone.get());
        } else if (event.getDuration() != null && event.getDuration().getValue() != null) {
            end = start.plusMillis(event.getDuration().getValue().toMillis());
        } else {
            end = event.getDateStart().getValue().hasTime() ? start : start.plus(Duration.ofDays(1));
        }
        if (end.isBefore(start)) {
            problems.add(ValidationProblem.line(line, "DTEND", texts.get("end.beforeStart")));
            return null;
        }
        String location = event.getLocation() == null ? null : event.getLocation().getValue();
        String link = event.getUrl() == null ? null : event.getUrl().getValue();
        RawProperty teams = event.getExperimentalProperty("X-MICROSOFT-SKYPETEAMSMEETINGURL");
        if (link == null && teams != null) {
            link = teams.getValue();
        }
        if (link == null && location != null && location.strip().matches("(?i)https?://\\S+")) {
            link = location.strip();
            location = null;
        }
        MeetingKind kind = kind(event, location, link);
        List<Attendee> attendees = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (biweekly.property.Attendee attendee : event.getAttendees()) {
            String email = email(attendee);
            if (email == null) {
                continue;
            }
            Optional<UUID> contact = contacts.findByEmailOrPhone(email);
            if (contact.isPresent() && attendees.stream().noneMatch(a -> a.contactId().equals(contact.get()))) {
                attendees.add(new Attendee(contact.get(), attendance(attendee.getParticipationStatus()), null, null));
            } else if (contact.isEmpty()) {
                unknown.add(email);
            }
        }
        String uid = event.getUid() == null ? null : event.getUid().getValue();
        String summaryLanguage = event.getSummary() == null ? null : event.getSummary().getParameters().getLanguage();
        Meeting meeting = new Meeting(null, kind, title.length() > 300 ? title.substring(0, 300) : title, start, end, zone.get(),
                shortened(location, 500), link != null && link.length() <= 500 ? link : null,
                summaryLanguage != null && summaryLanguage.length() >= 2 ? summaryLanguage.substring(0, 2).toLowerCase(Locale.ROOT) : language,
                importedBy, shortened(event.getDescription() == null ? null : event.getDescription().getValue(), 8000), null, null,
                attendees, Set.of(), uid == null || uid.length() > 255 ? null : uid);
        boolean known = uid != null && store.read(connection -> Sql.count(connection, "SELECT COUNT(*) FROM MEETING WHERE CALENDAR_UID = ? "
                + "OR CAST(ID AS VARCHAR) || ? = ?", uid, UID_DOMAIN, uid)) > 0;
        return new PlannedMeeting(meeting, unknown, known);
    }

    private static MeetingKind kind(VEvent event, String location, String link) {
        RawProperty kind = event.getExperimentalProperty("X-LIAISON-KIND");
        if (kind != null && kind.getValue() != null) {
            for (MeetingKind known : MeetingKind.values()) {
                if (known.name().equals(kind.getValue().strip())) {
                    return known;
                }
            }
        }
        return location == null && link != null ? MeetingKind.CALL : MeetingKind.ONE_TO_ONE;
    }

    private static String email(biweekly.property.Attendee attendee) {
        String email = attendee.getEmail();
        if (email == null && attendee.getUri() != null && attendee.getUri().toLowerCase(Locale.ROOT).startsWith("mailto:")) {
            email = attendee.getUri().substring(7);
        }
        return email == null || email.isBlank() ? null : email.strip();
    }

    private static Attendance attendance(ParticipationStatus status) {
        if (status == ParticipationStatus.DECLINED) {
            return Attendance.EXCUSED;
        }
        return Attendance.INVITED;
    }

    private static String shortened(String value, int longest) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        return stripped.length() > longest ? stripped.substring(0, longest) : stripped;
    }

    /** The zone a date property is written in: its TZID, UTC, or (floating) the calendar's. */
    private static Optional<ZoneId> zoneOf(DateOrDateTimeProperty property, String name, TimezoneInfo zones, ZoneId fallback, int line, Messages texts,
            List<ValidationProblem> problems) {
        TimezoneAssignment assignment = zones.getTimezone(property);
        String named = property.getParameters().getTimezoneId(); // a TZID the file defines no VTIMEZONE for is left on the property
        if (assignment == null && named == null) {
            return Optional.of(zones.isFloating(property) || !property.getValue().hasTime() ? fallback : ZoneId.of("UTC"));
        }
        String tzid = assignment == null ? named : assignment.getGlobalId() != null ? assignment.getGlobalId()
                : assignment.getComponent() == null || assignment.getComponent().getTimezoneId() == null ? null
                        : assignment.getComponent().getTimezoneId().getValue();
        Optional<ZoneId> zone = ZoneComponents.named(tzid);
        if (zone.isEmpty()) {
            problems.add(ValidationProblem.line(line, name, texts.get("zone.unknown", tzid)));
        }
        return zone;
    }

    /** The instant of a date as written (its wall-clock reading) in {@code zone}; a UTC time is already one. */
    private static Instant instant(ICalDate date, TimezoneInfo zones, DateOrDateTimeProperty property, ZoneId zone) {
        DateTimeComponents raw = date.getRawComponents();
        if (raw == null || raw.isUtc() && zones.getTimezone(property) == null && property.getParameters().getTimezoneId() == null) {
            return date.toInstant();
        }
        LocalDateTime local = date.hasTime() ? LocalDateTime.of(raw.getYear(), raw.getMonth(), raw.getDate(), raw.getHour(), raw.getMinute(),
                raw.getSecond()) : LocalDateTime.of(raw.getYear(), raw.getMonth(), raw.getDate(), 0, 0);
        return local.atZone(zone).toInstant();
    }

    private static Optional<ZoneId> calendarZone(ICalendar calendar) {
        RawProperty zone = calendar.getExperimentalProperty("X-WR-TIMEZONE");
        return zone == null ? Optional.empty() : ZoneComponents.named(zone.getValue());
    }

    @Override
    public List<Meeting> create(CalendarImport plan, Locale locale) {
        return store.transaction(connection -> {
            List<Meeting> created = new ArrayList<>();
            for (PlannedMeeting planned : plan.toCreate()) {
                created.add(meetings.save(planned.meeting(), locale));
            }
            return created;
        });
    }

    /** The file as text: refused when too big or not UTF-8 (a byte-order mark is allowed). */
    private static String decode(InputStream in, Messages texts) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new ValidationException(ValidationProblem.field(null, texts.get("ics.tooBig", MAX_BYTES / (1024 * 1024))));
        }
        if (bytes.length == 0) {
            throw new ValidationException(ValidationProblem.field(null, texts.get("ics.empty")));
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes);
        CharBuffer output = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(input, output, true);
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < input.position(); i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            throw new ValidationException(ValidationProblem.line(line, null, texts.get("ics.notUtf8")));
        }
        decoder.flush(output);
        String text = output.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The line number of each BEGIN:VEVENT, in order, for messages about an event. */
    private static List<Integer> eventLines(String text) {
        List<Integer> lines = new ArrayList<>();
        int number = 0;
        for (String line : text.split("\r\n|\n|\r", -1)) {
            number++;
            if (line.strip().equalsIgnoreCase("BEGIN:VEVENT")) {
                lines.add(number);
            }
        }
        return lines;
    }
}
