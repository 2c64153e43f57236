package org.liaison.meetings.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.liaison.meetings.Meeting;
import org.liaison.meetings.MeetingQuery;
import org.liaison.store.Sql;

/**
 * Meetings found by words, newest first, reading as little as it can. The word index gives each
 * word's meetings newest first (a typed word also stands for the longer words it starts, merged);
 * the meetings the rarer typed words all have are found by walking those lists together, each
 * skipping by an index seek to where the others are. A word in most meetings, or one that starts
 * too many words to merge ("a"), is checked on the meetings found instead, a chunk at a time; when
 * every typed word starts too many, or there is none, the newest meetings are walked by start.
 */
final class MeetingSearch {

    /** A typed word that starts more words than this is not merged word by word. */
    static final int MOST_WORDS = 24;
    /** Meetings found at least at once before the filters are checked, so that a few queries settle a page. */
    private static final int CHUNK = 64;

    private final MeetingQuery query;
    private final List<String> words;
    private final StringBuilder filters = new StringBuilder();
    private final List<Object> filterValues = new ArrayList<>();

    MeetingSearch(MeetingQuery query) {
        this.query = query;
        this.words = MeetingWords.query(query.words());
        if (query.attendee() != null) {
            filters.append(" AND EXISTS (SELECT 1 FROM MEETING_ATTENDEE A WHERE A.MEETING_ID = M.ID AND A.CONTACT_ID = ?)");
            filterValues.add(query.attendee());
        }
        if (query.kind() != null) {
            filters.append(" AND M.KIND = ?");
            filterValues.add(query.kind());
        }
    }

    List<Meeting> run(Connection connection) throws SQLException {
        List<String> narrow = new ArrayList<>();
        List<List<String>> narrowWords = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        for (String word : words) {
            List<String> starting = MeetingWords.startingWith(connection, word, MOST_WORDS);
            if (starting.isEmpty()) {
                return List.of();
            }
            if (starting.size() > MOST_WORDS) {
                checked.add(word);
            } else {
                narrow.add(word);
                narrowWords.add(starting);
            }
        }
        if (narrow.isEmpty()) {
            return walk(connection);
        }
        List<WordPostings> lists = new ArrayList<>();
        if (narrow.size() == 1) {
            lists.add(new WordPostings(connection, narrowWords.get(0), query.from(), query.to()));
        } else {
            // words in most meetings are checked on the meetings the rarer ones give, one query a chunk, rather than walked along
            long[] rows = new long[narrow.size()];
            int rarest = 0;
            for (int i = 0; i < narrow.size(); i++) {
                rows[i] = MeetingWords.probe(connection, narrow.get(i));
                if (rows[i] < rows[rarest] || rows[i] == rows[rarest] && narrow.get(i).length() > narrow.get(rarest).length()) {
                    rarest = i;
                }
            }
            for (int i = 0; i < narrow.size(); i++) {
                if (i == rarest || rows[i] < MeetingWords.PROBE_ROWS) {
                    lists.add(new WordPostings(connection, narrowWords.get(i), query.from(), query.to()));
                } else {
                    checked.add(narrow.get(i));
                }
            }
        }
        List<UUID> found = new ArrayList<>();
        while (found.size() < query.limit()) {
            List<UUID> chunk = new ArrayList<>();
            for (Posting next; chunk.size() < Math.max(CHUNK, 2 * (query.limit() - found.size())) && (next = inAll(lists)) != null; ) {
                chunk.add(next.meeting());
            }
            if (chunk.isEmpty()) {
                break;
            }
            Set<UUID> kept = checked.isEmpty() && filterValues.isEmpty() ? new HashSet<>(chunk) : check(connection, chunk, checked);
            for (UUID id : chunk) {
                if (kept.contains(id) && found.size() < query.limit()) {
                    found.add(id);
                }
            }
        }
        if (found.isEmpty()) {
            return List.of();
        }
        return MeetingTable.read(connection, "FROM MEETING M WHERE M.ID = ANY(?) ORDER BY M.STARTS_AT DESC, M.ID",
                (Object) found.toArray(UUID[]::new));
    }

    /** The next meeting that every list has, newest first: each list skips to the oldest of their heads until all agree. */
    private static Posting inAll(List<WordPostings> lists) throws SQLException {
        Posting target = lists.get(0).peek();
        int agreeing = 0;
        for (int i = 0; target != null && agreeing < lists.size(); i = (i + 1) % lists.size()) {
            Posting head = lists.get(i).skipTo(target);
            if (head == null) {
                return null;
            }
            if (Posting.NEWEST_FIRST.compare(head, target) == 0) {
                agreeing++;
            } else {
                target = head;
                agreeing = 1;
            }
        }
        if (target == null) {
            return null;
        }
        for (WordPostings list : lists) {
            list.poll();
        }
        return target;
    }

    /** The newest meetings by start, each checked for every word and filter. */
    private List<Meeting> walk(Connection connection) throws SQLException {
        StringBuilder where = new StringBuilder("FROM MEETING M WHERE TRUE");
        List<Object> values = new ArrayList<>();
        for (String word : words) {
            where.append(" AND EXISTS (SELECT 1 FROM MEETING_WORD W WHERE W.MEETING_ID = M.ID AND W.WORD >= ? AND W.WORD < ?)");
            values.add(word);
            values.add(MeetingWords.upperBound(word));
        }
        where.append(filters);
        values.addAll(filterValues);
        if (query.from() != null) {
            where.append(" AND M.STARTS_AT >= ?");
            values.add(query.from());
        }
        if (query.to() != null) {
            where.append(" AND M.STARTS_AT < ?");
            values.add(query.to());
        }
        where.append(" ORDER BY M.STARTS_AT DESC, M.ID FETCH FIRST ? ROWS ONLY");
        values.add(query.limit());
        return MeetingTable.read(connection, where.toString(), values.toArray());
    }

    /**
     * Those of {@code chunk} that have every one of {@code checked} and pass the filters. Without
     * filters the word index alone answers, the meetings unread; each meeting is looked up by its id
     * (H2 would rather scan a word's whole range than look up a list of meetings).
     */
    private Set<UUID> check(Connection connection, List<UUID> chunk, List<String> checked) throws SQLException {
        StringBuilder sql = new StringBuilder(filterValues.isEmpty() ? "SELECT M.ID FROM UNNEST(CAST(? AS UUID ARRAY)) M(ID) WHERE TRUE"
                : "SELECT M.ID FROM MEETING M WHERE M.ID = ANY(?)");
        List<Object> values = new ArrayList<>();
        values.add(chunk.toArray(UUID[]::new));
        for (String word : checked) {
            sql.append(" AND EXISTS (SELECT 1 FROM MEETING_WORD W WHERE W.MEETING_ID = M.ID AND W.WORD >= ? AND W.WORD < ?)");
            values.add(word);
            values.add(MeetingWords.upperBound(word));
        }
        sql.append(filters);
        values.addAll(filterValues);
        return new HashSet<>(Sql.ids(connection, sql.toString(), values.toArray()));
    }
}
