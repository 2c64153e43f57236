package org.liaison.meetings.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

import org.liaison.store.Sql;

/**
 * The meetings of one typed word, newest first, within a period: those of each index word it
 * starts, read a page at a time from the index (which holds them in that order) and merged, each
 * meeting once. A skip far ahead is a seek in the index, not a read of what lies between.
 */
final class WordPostings {

    private static final int PAGE = 128;
    private static final int LARGEST_PAGE = 8_192;

    private final Connection connection;
    private final Instant from;
    private final Instant to;
    private final PriorityQueue<Head> heads = new PriorityQueue<>((a, b) -> Posting.NEWEST_FIRST.compare(a.posting(), b.posting()));
    private final Map<String, Deque<Posting>> buffers = new HashMap<>();
    private final Map<String, Integer> sizes = new HashMap<>();
    private final Set<String> exhausted = new HashSet<>();
    private final Map<String, Posting> lastRead = new HashMap<>();

    /** The head posting of one index word. */
    private record Head(String word, Posting posting) {
    }

    WordPostings(Connection connection, List<String> indexWords, Instant from, Instant to) throws SQLException {
        this.connection = connection;
        this.from = from;
        this.to = to;
        for (String word : indexWords) {
            buffers.put(word, new ArrayDeque<>());
            sizes.put(word, PAGE);
            read(word, null, false);
            advance(word);
        }
    }

    /** The next meeting, or {@code null} when there is none. */
    Posting peek() {
        Head head = heads.peek();
        return head == null ? null : head.posting();
    }

    /** Passes the next meeting (in every index word that has it). */
    void poll() throws SQLException {
        Posting passed = peek();
        while (passed != null && heads.peek() != null && heads.peek().posting().equals(passed)) {
            advance(heads.poll().word());
        }
    }

    /** Passes every meeting newer than {@code target}; gives the next one, {@code target} itself if it is there. */
    Posting skipTo(Posting target) throws SQLException {
        while (heads.peek() != null && Posting.NEWEST_FIRST.compare(heads.peek().posting(), target) < 0) {
            String word = heads.poll().word();
            Deque<Posting> buffer = buffers.get(word);
            while (!buffer.isEmpty() && Posting.NEWEST_FIRST.compare(buffer.peekFirst(), target) < 0) {
                buffer.pollFirst();
            }
            if (buffer.isEmpty() && !exhausted.contains(word)) {
                read(word, target, true); // a seek to the target rather than a read of the pages before it, one short page
            }
            advance(word);
        }
        return peek();
    }

    private void advance(String word) throws SQLException {
        Deque<Posting> buffer = buffers.get(word);
        if (buffer.isEmpty() && !exhausted.contains(word) && lastRead.containsKey(word)) {
            read(word, lastRead.get(word), false);
        }
        Posting next = buffer.pollFirst();
        if (next != null) {
            heads.add(new Head(word, next));
        }
    }

    /**
     * The word's next page after {@code boundary}, or from the start of the period. A seek (to a
     * boundary included) reads a short page, since the word's meetings may be needed only around
     * it; reading on, each page is twice the last.
     */
    private void read(String word, Posting boundary, boolean seek) throws SQLException {
        int size = seek ? PAGE : sizes.get(word);
        StringBuilder sql = new StringBuilder("SELECT MEETING_ID, STARTS_AT FROM MEETING_WORD WHERE WORD = ?");
        List<Object> values = new ArrayList<>(List.of(word));
        if (boundary != null) { // after the boundary in the index's order (a seek includes it); the range keeps the index seek
            sql.append(seek ? " AND STARTS_AT <= ? AND (STARTS_AT < ? OR MEETING_ID >= ?)"
                    : " AND STARTS_AT <= ? AND (STARTS_AT < ? OR MEETING_ID > ?)");
            values.addAll(List.of(boundary.start(), boundary.start(), boundary.meeting()));
        } else if (to != null) {
            sql.append(" AND STARTS_AT < ?");
            values.add(to);
        }
        if (from != null) {
            sql.append(" AND STARTS_AT >= ?");
            values.add(from);
        }
        sql.append(" ORDER BY WORD, STARTS_AT DESC, MEETING_ID FETCH FIRST ? ROWS ONLY"); // the index order: H2 reads no more than it returns
        values.add(size);
        Deque<Posting> buffer = buffers.get(word);
        int rows = 0;
        try (PreparedStatement postings = connection.prepareStatement(sql.toString())) {
            Sql.bind(postings, values.toArray());
            try (ResultSet result = postings.executeQuery()) {
                while (result.next()) {
                    rows++;
                    Posting posting = new Posting(Sql.uuid(result, 1), Sql.instant(result, 2));
                    buffer.addLast(posting);
                    lastRead.put(word, posting);
                }
            }
        }
        if (rows < size) { // nothing after: past the boundary of a seek as well as of a page
            exhausted.add(word);
        }
        if (!seek) {
            sizes.put(word, Math.min(size * 2, LARGEST_PAGE));
        }
    }
}
