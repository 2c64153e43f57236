package org.liaison.meetings.internal;

import java.io.PrintStream;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.liaison.bench.BenchLine;
import org.liaison.bench.BenchSettings;
import org.liaison.bench.Benchmark;
import org.liaison.contacts.ContactNotes;
import org.liaison.contacts.ContactQuery;
import org.liaison.contacts.ContactService;
import org.liaison.contacts.ContactSummary;
import org.liaison.contacts.Person;
import org.liaison.contacts.TimelineEntry;
import org.liaison.contacts.TimelineSource;
import org.liaison.core.id.Ids;
import org.liaison.store.Sql;
import org.liaison.store.Store;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A contact's timeline with 2,000 items (1,300 meetings they attended, 400 follow-ups about them,
 * 300 notes), read as the contact view reads it: every timeline source's entries, in the reader's
 * language, newest first. The baseline is one plain SQL UNION over the same rows, ordered.
 */
@Component(service = Benchmark.class)
public class TimelineBenchmark implements Benchmark {

    static final int MEETINGS = 1_300;
    static final int TASKS = 400;
    static final int NOTES = 300;
    static final int RUNS = 101;

    @Reference
    private Store store;
    @Reference
    private ContactService contacts;
    @Reference
    private ContactNotes notes;

    @Override
    public String name() {
        return "timeline";
    }

    @Override
    public String description() {
        return "a contact's timeline of 2,000 items from every source, p95 (goal 100 ms), against one SQL UNION of the same rows";
    }

    @Override
    public void run(BenchSettings settings, PrintStream out) throws Exception {
        BenchMeetings.ensure(store, out);
        UUID contact = ensureContact(out);
        BundleContext context = FrameworkUtil.getBundle(TimelineBenchmark.class).getBundleContext();
        List<TimelineSource> sources = new ArrayList<>();
        for (ServiceReference<TimelineSource> reference : context.getServiceReferences(TimelineSource.class, null)) {
            sources.add(context.getService(reference));
        }
        int items = timeline(sources, contact).size();
        union(contact);
        long[] nanos = new long[RUNS];
        long[] raw = new long[RUNS];
        int rows = 0;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            timeline(sources, contact);
            nanos[i] = System.nanoTime() - start;
            start = System.nanoTime();
            rows = union(contact);
            raw[i] = System.nanoTime() - start;
        }
        out.println(BenchLine.format(name(), BenchLine.percentile(nanos, 0.95) / 1e6, "ms p95",
                BenchLine.percentile(raw, 0.95) / 1e6, "ms p95"));
        out.printf(Locale.ROOT, "  %d items from %d sources (the UNION gives %d rows), median %.1f ms; goal p95 <= 100 ms%n", items,
                sources.size(), rows, BenchLine.percentile(nanos, 0.5) / 1e6);
    }

    private static List<TimelineEntry> timeline(List<TimelineSource> sources, UUID contact) {
        List<TimelineEntry> entries = new ArrayList<>();
        for (TimelineSource source : sources) {
            entries.addAll(source.entries(contact, Locale.FRENCH));
        }
        entries.sort(Comparator.comparing(TimelineEntry::at).reversed());
        return entries;
    }

    private int union(UUID contact) {
        return store.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT STARTS_AT AS AT, 'MEETING', M.TITLE, M.KIND, A.ATTENDANCE "
                    + "FROM MEETING M JOIN MEETING_ATTENDEE A ON A.MEETING_ID = M.ID WHERE A.CONTACT_ID = ? "
                    + "UNION ALL SELECT CAST(DUE_ON AS TIMESTAMP WITH TIME ZONE), 'TASK', TITLE, ASSIGNEE, DONE_BY FROM MEETING_TASK "
                    + "WHERE CONTACT_ID = ? UNION ALL SELECT WRITTEN_AT, 'NOTE', TEXT, AUTHOR, NULL FROM CONTACT_NOTE WHERE CONTACT_ID = ? "
                    + "ORDER BY 1 DESC")) {
                for (int i = 1; i <= 3; i++) {
                    query.setObject(i, contact);
                }
                int rows = 0;
                try (ResultSet result = query.executeQuery()) {
                    while (result.next()) {
                        rows++;
                    }
                }
                return rows;
            }
        });
    }

    /** The contact whose timeline is read, made with its items once. */
    private UUID ensureContact(PrintStream out) {
        List<ContactSummary> found = contacts.search(ContactQuery.text("Timelinebench"));
        if (!found.isEmpty()) {
            return found.get(0).id();
        }
        UUID contact = contacts.save(Person.named("Camille", "Timelinebench"), Locale.ENGLISH).id();
        store.transaction(connection -> {
            List<UUID> meetings = Sql.ids(connection, "SELECT ID FROM MEETING ORDER BY STARTS_AT DESC FETCH FIRST " + MEETINGS + " ROWS ONLY");
            try (PreparedStatement attend = connection.prepareStatement("INSERT INTO MEETING_ATTENDEE (ID, MEETING_ID, CONTACT_ID, ATTENDANCE) "
                    + "VALUES (?, ?, ?, 'ATTENDED')");
                    PreparedStatement task = connection.prepareStatement("INSERT INTO MEETING_TASK (ID, MEETING_ID, CONTACT_ID, TITLE, ASSIGNEE, "
                            + "DUE_ON) VALUES (?, ?, ?, ?, 'bench', ?)")) {
                for (UUID meeting : meetings) {
                    attend.setObject(1, MeetingTable.attendeeId(meeting, contact));
                    attend.setObject(2, meeting);
                    attend.setObject(3, contact);
                    attend.addBatch();
                }
                attend.executeBatch();
                for (int i = 0; i < TASKS; i++) {
                    task.setObject(1, Ids.newId());
                    task.setObject(2, meetings.get(i));
                    task.setObject(3, contact);
                    task.setString(4, "Envoyer le dossier " + i);
                    task.setObject(5, java.sql.Date.valueOf(LocalDate.now().minusDays(i)));
                    task.addBatch();
                }
                task.executeBatch();
            }
            for (int i = 0; i < NOTES; i++) {
                notes.add(contact, "bench", "Note " + i + " written " + Instant.now(), Locale.ENGLISH);
            }
            return null;
        });
        out.printf(Locale.ROOT, "  made a contact with %d meetings, %d follow-ups and %d notes%n", MEETINGS, TASKS, NOTES);
        return contact;
    }
}
