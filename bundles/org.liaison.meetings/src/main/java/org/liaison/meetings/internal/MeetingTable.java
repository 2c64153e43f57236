package org.liaison.meetings.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.liaison.core.id.Ids;
import org.liaison.meetings.Attendance;
import org.liaison.meetings.Attendee;
import org.liaison.meetings.Meeting;
import org.liaison.meetings.MeetingKind;
import org.liaison.store.Sql;

/** Meetings with their attendees and staff, read and written as rows. */
final class MeetingTable {

    static final String COLUMNS = "M.ID, M.KIND, M.TITLE, M.STARTS_AT, M.ENDS_AT, M.TIME_ZONE, M.PLACE, M.ONLINE_LINK, M.LANGUAGE, "
            + "M.ORGANISER, M.AGENDA, M.DECISIONS, M.CAPACITY, M.CALENDAR_UID";

    private MeetingTable() {
    }

    static UUID attendeeId(UUID meetingId, UUID contactId) {
        return Ids.derived("meeting-attendee", meetingId, contactId);
    }

    static UUID staffId(UUID meetingId, String account) {
        return Ids.derived("meeting-staff", meetingId, account);
    }

    static void write(Connection connection, Meeting meeting) throws SQLException {
        Instant now = Instant.now();
        if (Sql.count(connection, "SELECT COUNT(*) FROM MEETING WHERE ID = ?", meeting.id()) > 0) {
            Sql.update(connection, "UPDATE MEETING SET KIND = ?, TITLE = ?, STARTS_AT = ?, ENDS_AT = ?, TIME_ZONE = ?, PLACE = ?, "
                    + "ONLINE_LINK = ?, LANGUAGE = ?, ORGANISER = ?, AGENDA = ?, DECISIONS = ?, CAPACITY = ?, CALENDAR_UID = ?, "
                    + "UPDATED_AT = ? WHERE ID = ?", meeting.kind(), meeting.title(), meeting.start(), meeting.end(), meeting.zone().getId(),
                    meeting.place(), meeting.onlineLink(), meeting.language(), meeting.organiser(), meeting.agenda(), meeting.decisions(),
                    meeting.capacity(), meeting.calendarUid(), now, meeting.id());
        } else {
            Sql.update(connection, "INSERT INTO MEETING (ID, KIND, TITLE, STARTS_AT, ENDS_AT, TIME_ZONE, PLACE, ONLINE_LINK, LANGUAGE, "
                    + "ORGANISER, AGENDA, DECISIONS, CAPACITY, CALENDAR_UID, CREATED_AT, UPDATED_AT) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", meeting.id(), meeting.kind(), meeting.title(), meeting.start(),
                    meeting.end(), meeting.zone().getId(), meeting.place(), meeting.onlineLink(), meeting.language(), meeting.organiser(),
                    meeting.agenda(), meeting.decisions(), meeting.capacity(), meeting.calendarUid(), now, now);
        }
        writeAttendees(connection, meeting.id(), meeting.attendees());
        writeStaff(connection, meeting.id(), meeting.staff());
    }

    /** Only the attendee rows that changed are written, so that an edit elsewhere to another attendee is kept. */
    private static void writeAttendees(Connection connection, UUID meetingId, List<Attendee> attendees) throws SQLException {
        Map<UUID, Attendee> before = attendees(connection, List.of(meetingId)).getOrDefault(meetingId, List.of()).stream()
                .collect(LinkedHashMap::new, (map, a) -> map.put(a.contactId(), a), Map::putAll);
        for (Attendee attendee : attendees) {
            Attendee old = before.remove(attendee.contactId());
            if (old == null) {
                Sql.update(connection, "INSERT INTO MEETING_ATTENDEE (ID, MEETING_ID, CONTACT_ID, ATTENDANCE, REGISTERED_AT, CHECKED_IN_AT) "
                        + "VALUES (?, ?, ?, ?, ?, ?)", attendeeId(meetingId, attendee.contactId()), meetingId, attendee.contactId(),
                        attendee.attendance(), attendee.registeredAt(), attendee.checkedInAt());
            } else if (!old.equals(attendee)) {
                Sql.update(connection, "UPDATE MEETING_ATTENDEE SET ATTENDANCE = ?, REGISTERED_AT = ?, CHECKED_IN_AT = ? WHERE ID = ?",
                        attendee.attendance(), attendee.registeredAt(), attendee.checkedInAt(), attendeeId(meetingId, attendee.contactId()));
            }
        }
        for (UUID gone : before.keySet()) {
            Sql.update(connection, "DELETE FROM MEETING_ATTENDEE WHERE ID = ?", attendeeId(meetingId, gone));
        }
    }

    private static void writeStaff(Connection connection, UUID meetingId, Set<String> staff) throws SQLException {
        Set<String> before = new HashSet<>(staff(connection, List.of(meetingId)).getOrDefault(meetingId, Set.of()));
        for (String account : staff) {
            if (!before.remove(account)) {
                Sql.update(connection, "INSERT INTO MEETING_STAFF (ID, MEETING_ID, ACCOUNT) VALUES (?, ?, ?)", staffId(meetingId, account),
                        meetingId, account);
            }
        }
        for (String gone : before) {
            Sql.update(connection, "DELETE FROM MEETING_STAFF WHERE ID = ?", staffId(meetingId, gone));
        }
    }

    static void delete(Connection connection, UUID meetingId) throws SQLException {
        for (String table : List.of("MEETING_ATTENDEE", "MEETING_STAFF", "MEETING_NOTE", "MEETING_TASK", "MEETING_INTERVIEW",
                "MEETING_INTERVIEW_ANSWER", "MEETING_WORD")) {
            Sql.update(connection, "DELETE FROM " + table + " WHERE MEETING_ID = ?", meetingId);
        }
        Sql.update(connection, "DELETE FROM MEETING WHERE ID = ?", meetingId);
    }

    /** Meetings selected by {@code from} (a FROM and WHERE clause over {@code MEETING M}, with its order), whole. */
    static List<Meeting> read(Connection connection, String from, Object... values) throws SQLException {
        List<Meeting> bare = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS + " " + from)) {
            Sql.bind(query, values);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    int places = rows.getInt(13);
                    Integer capacity = rows.wasNull() ? null : places;
                    bare.add(new Meeting(Sql.uuid(rows, 1), MeetingKind.valueOf(rows.getString(2)), rows.getString(3),
                            Sql.instant(rows, 4), Sql.instant(rows, 5), ZoneId.of(rows.getString(6)), rows.getString(7), rows.getString(8),
                            rows.getString(9), rows.getString(10), rows.getString(11), rows.getString(12), capacity,
                            List.of(), Set.of(), rows.getString(14)));
                }
            }
        }
        if (bare.isEmpty()) {
            return bare;
        }
        List<UUID> ids = bare.stream().map(Meeting::id).toList();
        Map<UUID, List<Attendee>> attendees = attendees(connection, ids);
        Map<UUID, Set<String>> staff = staff(connection, ids);
        List<Meeting> whole = new ArrayList<>(bare.size());
        for (Meeting meeting : bare) {
            whole.add(meeting.withAttendees(attendees.getOrDefault(meeting.id(), List.of()))
                    .withDetails(meeting.agenda(), meeting.decisions(), meeting.capacity(), staff.getOrDefault(meeting.id(), Set.of())));
        }
        return whole;
    }

    /** Attendees by meeting, the registered in order of registration, then the others. */
    static Map<UUID, List<Attendee>> attendees(Connection connection, List<UUID> meetingIds) throws SQLException {
        Map<UUID, List<Attendee>> attendees = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT MEETING_ID, CONTACT_ID, ATTENDANCE, REGISTERED_AT, CHECKED_IN_AT "
                + "FROM MEETING_ATTENDEE WHERE MEETING_ID = ANY(?) ORDER BY REGISTERED_AT NULLS LAST, ID")) {
            query.setObject(1, meetingIds.toArray(UUID[]::new));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    attendees.computeIfAbsent(Sql.uuid(rows, 1), id -> new ArrayList<>()).add(new Attendee(Sql.uuid(rows, 2),
                            Attendance.valueOf(rows.getString(3)), Sql.instant(rows, 4), Sql.instant(rows, 5)));
                }
            }
        }
        return attendees;
    }

    private static Map<UUID, Set<String>> staff(Connection connection, List<UUID> meetingIds) throws SQLException {
        Map<UUID, Set<String>> staff = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT MEETING_ID, ACCOUNT FROM MEETING_STAFF WHERE MEETING_ID = ANY(?)")) {
            query.setObject(1, meetingIds.toArray(UUID[]::new));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    staff.computeIfAbsent(Sql.uuid(rows, 1), id -> new HashSet<>()).add(rows.getString(2));
                }
            }
        }
        return staff;
    }
}
