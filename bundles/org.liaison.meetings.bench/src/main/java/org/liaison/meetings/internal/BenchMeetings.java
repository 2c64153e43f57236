package org.liaison.meetings.internal;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

import org.liaison.core.id.Ids;
import org.liaison.store.Sql;
import org.liaison.store.Store;

/**
 * The benchmarks' meeting log: 200,000 meetings over six years, each with one to three notes of
 * words drawn, as in real notes, far more often from a few common words than from the many rare
 * ones, in English and French with their accents. Written in batches, with the word index made by
 * the product's own indexing.
 */
final class BenchMeetings {

    static final int MEETINGS = 200_000;
    private static final int BATCH = 2_000;
    /** Common words first: word i is drawn with a weight of 1 / (i + 1). */
    static final String[] WORDS = vocabulary();

    private BenchMeetings() {
    }

    /** Loads the log unless the store holds it already; says what it did on {@code out}. */
    static void ensure(Store store, PrintStream out) throws SQLException {
        long held = store.read(connection -> Sql.count(connection, "SELECT COUNT(*) FROM MEETING"));
        if (held >= MEETINGS) {
            out.printf(Locale.ROOT, "  %d meetings already in the kept store%n", held);
            return;
        }
        long start = System.nanoTime();
        Random random = new Random(2026);
        Instant first = Instant.parse("2021-01-04T08:00:00Z");
        double[] weights = cumulativeWeights(WORDS.length);
        int notes = 0;
        for (int from = 0; from < MEETINGS; from += BATCH) {
            int batchStart = from;
            notes += store.transaction(connection -> batch(connection, batchStart, random, first, weights));
        }
        out.printf(Locale.ROOT, "  loaded %d meetings with %d notes and their words in %.0f s%n", MEETINGS, notes,
                (System.nanoTime() - start) / 1e9);
    }

    private static int batch(Connection connection, int from, Random random, Instant first, double[] weights) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        int notes = 0;
        OffsetDateTime now = OffsetDateTime.now();
        try (PreparedStatement meeting = connection.prepareStatement("INSERT INTO MEETING (ID, KIND, TITLE, STARTS_AT, ENDS_AT, TIME_ZONE, "
                + "LANGUAGE, ORGANISER, CREATED_AT, UPDATED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, 'bench', ?, ?)");
                PreparedStatement note = connection.prepareStatement("INSERT INTO MEETING_NOTE (ID, MEETING_ID, AUTHOR, WRITTEN_AT, TEXT) "
                        + "VALUES (?, ?, 'bench', ?, ?)")) {
            for (int i = from; i < Math.min(MEETINGS, from + BATCH); i++) {
                UUID id = Ids.newId();
                ids.add(id);
                OffsetDateTime start = OffsetDateTime.ofInstant(first.plusSeconds(i * 950L), ZoneOffset.UTC);
                meeting.setObject(1, id);
                meeting.setString(2, i % 7 == 0 ? "CALL" : i % 23 == 0 ? "NETWORK_EVENT" : "ONE_TO_ONE");
                meeting.setString(3, sentence(random, weights, 3 + random.nextInt(3)));
                meeting.setObject(4, start);
                meeting.setObject(5, start.plusHours(1));
                meeting.setString(6, i % 2 == 0 ? "Europe/London" : "Europe/Paris");
                meeting.setString(7, i % 2 == 0 ? "en" : "fr");
                meeting.setObject(8, now);
                meeting.setObject(9, now);
                meeting.addBatch();
                for (int n = 1 + random.nextInt(3); n > 0; n--) {
                    note.setObject(1, Ids.newId());
                    note.setObject(2, id);
                    note.setObject(3, start.plusHours(2));
                    note.setString(4, sentence(random, weights, 12 + random.nextInt(30)));
                    note.addBatch();
                    notes++;
                }
            }
            meeting.executeBatch();
            note.executeBatch();
        }
        MeetingWords.reindex(connection, ids);
        return notes;
    }

    static String sentence(Random random, double[] weights, int length) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < length; w++) {
            text.append(w == 0 ? "" : " ").append(WORDS[draw(random, weights)]);
        }
        return text.toString();
    }

    static int draw(Random random, double[] weights) {
        int at = Arrays.binarySearch(weights, random.nextDouble() * weights[weights.length - 1]);
        return Math.min(weights.length - 1, at < 0 ? -at - 1 : at);
    }

    static double[] cumulativeWeights(int count) {
        double[] weights = new double[count];
        double sum = 0;
        for (int i = 0; i < count; i++) {
            sum += 1.0 / (i + 1);
            weights[i] = sum;
        }
        return weights;
    }

    /** 5,000 words: real ones of meeting notes in both languages, then made-up trade words (rare, as names of products are). */
    private static String[] vocabulary() {
        String[] real = ("the and to of a in for with export meeting partner cider distributor market grant fair stand price "
                + "le la les de des et pour avec réunion partenaire cidre distributeur marché subvention salon prix "
                + "Dieppe Brighton Rouen Lewes Havre Eastbourne Hastings Caen Évreux Fécamp "
                + "supplier customer contract bid training funding premises logistics certification label organic "
                + "fournisseur client contrat formation financement locaux logistique certification étiquette biologique "
                + "création stratégie qualité développement coopération échange délai numérique énergie café crème")
                .split(" ");
        String[] words = new String[5_000];
        System.arraycopy(real, 0, words, 0, real.length);
        String[] syllables = {"ka", "lo", "mi", "ré", "to", "va", "nu", "sé", "pa", "di", "ro", "fé", "lu", "za", "bo", "qui"};
        for (int i = real.length; i < words.length; i++) {
            words[i] = syllables[i % 16] + syllables[i / 16 % 16] + syllables[i / 256 % 16] + (i / 4096 == 0 ? "" : syllables[i / 4096]);
        }
        return words;
    }
}
