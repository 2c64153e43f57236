package org.liaison.niches.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.liaison.contacts.Affiliation;
import org.liaison.contacts.ContactRelations;
import org.liaison.contacts.ContactRole;
import org.liaison.contacts.ContactService;
import org.liaison.contacts.Organisation;
import org.liaison.contacts.Person;
import org.liaison.contacts.PostalAddress;
import org.liaison.contacts.Readiness;
import org.liaison.niches.Introductions;
import org.liaison.niches.NeedsOffers;
import org.liaison.niches.NicheService;
import org.liaison.niches.Referrals;
import org.liaison.niches.matching.Matcher;
import org.liaison.niches.report.ValueReports;
import org.liaison.store.Store;
import org.liaison.store.StoreStatus;
import org.liaison.test.support.StoreFixture;

/** A new in-memory database with the services of the niches area, and quick ways to record contacts on it. */
final class Network {

    static final Locale EN = Locale.ENGLISH;
    static final Locale FR = Locale.FRENCH;

    final ContactService contacts = StoreFixture.service(ContactService.class);
    final NicheService niches = StoreFixture.service(NicheService.class);
    final NeedsOffers needsOffers = StoreFixture.service(NeedsOffers.class);
    final Referrals referrals = StoreFixture.service(Referrals.class);
    final Introductions introductions = StoreFixture.service(Introductions.class);
    final Matcher matcher = StoreFixture.service(Matcher.class);
    final ValueReports reports = StoreFixture.service(ValueReports.class);

    private Network() {
    }

    static Network fresh(String name) {
        StoreStatus status = StoreFixture.memory(name + "-" + UUID.randomUUID());
        assertEquals(StoreStatus.State.OPEN, status.state(), () -> status.failure().map(Throwable::getMessage).orElse(""));
        return new Network();
    }

    UUID organisation(String name, String region, String sector, String segment) {
        return contacts.save(new Organisation(null, name, null, null, null, null, null, region, null, Set.of(sector), Set.of(segment),
                Set.of()), EN).id();
    }

    /** A person speaking {@code languages} (the first preferred), working at {@code organisation} when it is not null. */
    UUID person(String given, String family, String region, UUID organisation, String... languages) {
        Person person = contacts.save(new Person(null, given, family, languages.length == 0 ? null : languages[0], Set.of(languages),
                region, PostalAddress.NONE, ContactRole.OTHER, Readiness.OPEN, null, null, null, List.of(), List.of(), Set.of(), List.of()),
                EN);
        if (organisation != null) {
            affiliate(person.id(), organisation);
        }
        return person.id();
    }

    void affiliate(UUID person, UUID organisation) {
        StoreFixture.service(ContactRelations.class).affiliate(new Affiliation(null, person, organisation, null, null, null, null), EN);
    }

    long rows(String table) {
        return StoreFixture.service(Store.class).read(connection -> {
            try (var query = connection.prepareStatement("SELECT COUNT(*) FROM " + table); var row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        });
    }
}
