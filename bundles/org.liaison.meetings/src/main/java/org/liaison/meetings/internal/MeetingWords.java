package org.liaison.meetings.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.liaison.core.text.SearchText;
import org.liaison.store.Sql;

/**
 * The local word index of meetings: every folded word of a meeting's title, agenda, decisions and
 * notes, one row each, so that looking a word up is an index range rather than a scan of every note.
 */
final class MeetingWords {

    /**
     * Rows counted at most when sizing up a word of a search: past this, a word is common whatever
     * its exact count, and checked on the meetings the rarer words give rather than walked along.
     */
    static final int PROBE_ROWS = 2_000;

    private MeetingWords() {
    }

    /** Makes the words of these meetings again from their rows. */
    static void reindex(Connection connection, Collection<UUID> meetingIds) throws SQLException {
        if (meetingIds.isEmpty()) {
            return;
        }
        UUID[] ids = meetingIds.toArray(UUID[]::new);
        Sql.update(connection, "DELETE FROM MEETING_WORD WHERE MEETING_ID = ANY(?)", (Object) ids);
        Map<UUID, Set<String>> words = new LinkedHashMap<>();
        Map<UUID, Instant> starts = new HashMap<>();
        // notes of a meeting not here yet get their words when it arrives
        try (PreparedStatement texts = connection.prepareStatement("SELECT ID, STARTS_AT, TITLE, AGENDA, DECISIONS FROM MEETING "
                + "WHERE ID = ANY(?) UNION ALL SELECT N.MEETING_ID, M.STARTS_AT, N.TEXT, NULL, NULL FROM MEETING_NOTE N "
                + "JOIN MEETING M ON M.ID = N.MEETING_ID WHERE N.MEETING_ID = ANY(?)")) {
            texts.setObject(1, ids);
            texts.setObject(2, ids);
            try (ResultSet rows = texts.executeQuery()) {
                while (rows.next()) {
                    UUID meeting = Sql.uuid(rows, 1);
                    starts.put(meeting, Sql.instant(rows, 2));
                    Set<String> of = words.computeIfAbsent(meeting, id -> new LinkedHashSet<>());
                    for (int column = 3; column <= 5; column++) {
                        String text = rows.getString(column);
                        if (text != null) {
                            of.addAll(SearchText.words(text));
                        }
                    }
                }
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO MEETING_WORD (WORD, MEETING_ID, STARTS_AT) VALUES (?, ?, ?)")) {
            for (Map.Entry<UUID, Set<String>> meeting : words.entrySet()) {
                for (String word : meeting.getValue()) {
                    Sql.bind(insert, word, meeting.getKey(), starts.get(meeting.getKey()));
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    /** Adds the words of one more text (a note just written) to a meeting's. */
    static void add(Connection connection, UUID meetingId, String text) throws SQLException {
        Instant start;
        try (PreparedStatement meeting = connection.prepareStatement("SELECT STARTS_AT FROM MEETING WHERE ID = ?")) {
            meeting.setObject(1, meetingId);
            try (ResultSet row = meeting.executeQuery()) {
                row.next();
                start = Sql.instant(row, 1);
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("MERGE INTO MEETING_WORD (WORD, MEETING_ID, STARTS_AT) "
                + "KEY (WORD, MEETING_ID) VALUES (?, ?, ?)")) {
            for (String word : new LinkedHashSet<>(SearchText.words(text))) {
                Sql.bind(insert, word, meetingId, start);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** The query's words as they are looked up: folded, each one a prefix. */
    static List<String> query(String text) {
        return text == null ? List.of() : new ArrayList<>(new LinkedHashSet<>(SearchText.words(text)));
    }

    /** Index rows starting with {@code prefix}, counted up to {@link #PROBE_ROWS}. */
    static long probe(Connection connection, String prefix) throws SQLException {
        return Sql.count(connection, "SELECT COUNT(*) FROM (SELECT 1 FROM MEETING_WORD WHERE WORD >= ? AND WORD < ? FETCH FIRST "
                + PROBE_ROWS + " ROWS ONLY)", prefix, upperBound(prefix));
    }

    /**
     * The distinct words of the index that start with {@code prefix}, in order, at most {@code most}
     * (one more when there are more): each found by one seek in the index.
     */
    static List<String> startingWith(Connection connection, String prefix, int most) throws SQLException {
        List<String> words = new ArrayList<>();
        try (PreparedStatement next = connection.prepareStatement("SELECT WORD FROM MEETING_WORD WHERE WORD >= ? AND WORD < ? "
                + "ORDER BY WORD FETCH FIRST 1 ROW ONLY")) {
            String from = prefix;
            while (words.size() <= most) {
                next.setString(1, from);
                next.setString(2, upperBound(prefix));
                try (ResultSet row = next.executeQuery()) {
                    if (!row.next()) {
                        break;
                    }
                    words.add(row.getString(1));
                }
                from = words.get(words.size() - 1) + '\u0000'; // the next word after this one
            }
        }
        return words;
    }

    /** The first string after every string that starts with {@code prefix}. */
    static String upperBound(String prefix) {
        return prefix + Character.MAX_VALUE;
    }
}
