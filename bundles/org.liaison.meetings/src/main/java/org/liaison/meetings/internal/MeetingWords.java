package org.liaison.meetings.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.liaison.core.text.SearchText;

/**
 * The local word index of meetings: every folded word of a meeting's title, agenda, decisions and
 * notes, one row each, so that looking a word up is an index range rather than a scan of every note.
 */
final class MeetingWords {

    /** Rows counted at most when sizing up a word: past this, a word is common whatever its exact count. */
    static final int PROBE_ROWS = 2_000;

    private MeetingWords() {
    }

    /** Makes the words of these meetings again from their rows. */
    static void reindex(Connection connection, Collection<UUID> meetingIds) throws SQLException {
        if (meetingIds.isEmpty()) {
            return;
        }
        UUID[] ids = meetingIds.toArray(UUID[]::new);
        Rows.update(connection, "DELETE FROM MEETING_WORD WHERE MEETING_ID = ANY(?)", (Object) ids);
        try (PreparedStatement texts = connection.prepareStatement("SELECT ID, TITLE, AGENDA, DECISIONS FROM MEETING WHERE ID = ANY(?) "
                + "UNION ALL SELECT MEETING_ID, TEXT, NULL, NULL FROM MEETING_NOTE WHERE MEETING_ID = ANY(?)");
                PreparedStatement insert = connection.prepareStatement("MERGE INTO MEETING_WORD (WORD, MEETING_ID) KEY (WORD, MEETING_ID) "
                        + "VALUES (?, ?)")) {
            texts.setObject(1, ids);
            texts.setObject(2, ids);
            try (ResultSet rows = texts.executeQuery()) {
                while (rows.next()) {
                    addWords(insert, Rows.uuid(rows, 1), rows.getString(2), rows.getString(3), rows.getString(4));
                }
            }
            insert.executeBatch();
        }
    }

    /** Adds the words of one more text (a note just written) to a meeting's. */
    static void add(Connection connection, UUID meetingId, String text) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("MERGE INTO MEETING_WORD (WORD, MEETING_ID) KEY (WORD, MEETING_ID) "
                + "VALUES (?, ?)")) {
            addWords(insert, meetingId, text);
            insert.executeBatch();
        }
    }

    private static void addWords(PreparedStatement insert, UUID meetingId, String... texts) throws SQLException {
        Set<String> words = new LinkedHashSet<>();
        for (String text : texts) {
            if (text != null) {
                words.addAll(SearchText.words(text));
            }
        }
        for (String word : words) {
            insert.setString(1, word);
            insert.setObject(2, meetingId);
            insert.addBatch();
        }
    }

    /** The query's words as they are looked up: folded, each one a prefix. */
    static List<String> query(String text) {
        return text == null ? List.of() : new ArrayList<>(new LinkedHashSet<>(SearchText.words(text)));
    }

    /** Index rows starting with {@code prefix}, counted up to {@link #PROBE_ROWS}. */
    static long probe(Connection connection, String prefix) throws SQLException {
        return Rows.count(connection, "SELECT COUNT(*) FROM (SELECT 1 FROM MEETING_WORD WHERE WORD >= ? AND WORD < ? FETCH FIRST "
                + PROBE_ROWS + " ROWS ONLY)", prefix, upperBound(prefix));
    }

    /** The first string after every string that starts with {@code prefix}. */
    static String upperBound(String prefix) {
        return prefix + Character.MAX_VALUE;
    }
}
