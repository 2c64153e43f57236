package org.liaison.bench.internal;

import java.io.PrintStream;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.liaison.bench.BenchLine;
import org.liaison.bench.BenchSettings;
import org.liaison.bench.Benchmark;
import org.liaison.bench.data.SyntheticContacts;
import org.liaison.contacts.ContactService;
import org.liaison.contacts.DuplicateFinder;
import org.liaison.contacts.DuplicatePair;
import org.liaison.contacts.Person;
import org.liaison.store.Store;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A full duplicate scan of synthetic contacts with 5 % planted duplicates, scored for precision
 * and recall; the baseline is a raw query finding only the exact email duplicates.
 */
@Component(service = Benchmark.class)
public class ContactsDedupeBenchmark implements Benchmark {

    @Reference
    private ContactService contacts;

    @Reference
    private DuplicateFinder duplicates;

    @Reference
    private Store store;

    @Override
    public String name() {
        return "contacts-dedupe";
    }

    @Override
    public String description() {
        return "full duplicate scan, scored on planted duplicates, against a raw exact-email GROUP BY";
    }

    @Override
    public void run(BenchSettings settings, PrintStream out) {
        List<SyntheticContacts.Generated> generated = new SyntheticContacts(11, 0.05).people(settings.rows());
        List<Person> saved = SyntheticContacts.save(contacts, generated);
        Set<Set<UUID>> planted = SyntheticContacts.duplicatePairs(generated, saved.stream().map(Person::id).toList());
        long start = System.nanoTime();
        List<DuplicatePair> found = duplicates.scan(Locale.ENGLISH);
        double seconds = (System.nanoTime() - start) / 1e9;
        long rawStart = System.nanoTime();
        int rawGroups = store.read(c -> {
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT LOWER(ADDRESS), COUNT(*) FROM CONTACT_EMAIL GROUP BY LOWER(ADDRESS) HAVING COUNT(*) > 1");
                    ResultSet r = q.executeQuery()) {
                int n = 0;
                while (r.next()) {
                    n++;
                }
                return n;
            }
        });
        double rawSeconds = (System.nanoTime() - rawStart) / 1e9;
        long truePositives = found.stream().filter(p -> planted.contains(Set.of(p.first(), p.second()))).count();
        out.println(BenchLine.format(name(), seconds, "s", rawSeconds, "s"));
        out.printf(Locale.ROOT, "  %d people, %d planted duplicate pairs, %d pairs found: precision %.3f, recall %.3f "
                + "(raw exact-email groups: %d); goal scan <= 10 s, precision and recall >= 0.95%n", generated.size(),
                planted.size(), found.size(), truePositives / (double) Math.max(1, found.size()),
                truePositives / (double) Math.max(1, planted.size()), rawGroups);
    }
}
