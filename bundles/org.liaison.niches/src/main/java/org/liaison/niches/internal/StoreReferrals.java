package org.liaison.niches.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.liaison.contacts.ContactProfiles;
import org.liaison.contacts.ContactService;
import org.liaison.contacts.Person;
import org.liaison.core.id.Ids;
import org.liaison.core.validation.ValidationException;
import org.liaison.core.validation.ValidationProblem;
import org.liaison.niches.Referral;
import org.liaison.niches.Referrals;
import org.liaison.store.Sql;
import org.liaison.store.Store;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Referral rows, and each person's {@code referredBy} read as an edge: the contact record is never
 * copied, so the two cannot disagree.
 */
@Component(service = Referrals.class)
public class StoreReferrals implements Referrals {

    private final Store store;
    private final ContactService contacts;
    private final ContactProfiles profiles;

    @Activate
    public StoreReferrals(@Reference Store store, @Reference ContactService contacts, @Reference ContactProfiles profiles) {
        this.store = store;
        this.contacts = contacts;
        this.profiles = profiles;
    }

    @Override
    public Referral record(UUID referrer, UUID referred, LocalDate on, String how, Locale locale) {
        var texts = NicheTexts.in(locale);
        List<ValidationProblem> problems = new ArrayList<>();
        if (referrer == null || referred == null) {
            throw new ValidationException(ValidationProblem.field(referrer == null ? "referrer" : "referred", texts.get("required")));
        }
        var known = profiles.summaries(List.of(referrer, referred));
        if (referrer.equals(referred)) {
            problems.add(ValidationProblem.field("referrer", texts.get("referral.self")));
        }
        if (!known.containsKey(referrer)) {
            problems.add(ValidationProblem.field("referrer", texts.get("contact.unknown", referrer)));
        }
        if (!known.containsKey(referred)) {
            problems.add(ValidationProblem.field("referred", texts.get("contact.unknown", referred)));
        }
        String text = Codes.text(how, false, 500, "how", texts, problems);
        if (on == null) {
            problems.add(ValidationProblem.field("on", texts.get("required")));
        }
        // only recorded referrals count: the edge a contact record holds can still be recorded with its date and how
        if (problems.isEmpty() && of(referred).stream().anyMatch(r -> r.id() != null && r.referrer().equals(referrer)
                && r.referred().equals(referred))) {
            problems.add(ValidationProblem.field("referrer", texts.get("referral.known")));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        Referral referral = new Referral(Ids.derived("NICHE_REFERRAL", referrer, referred), referrer, referred, on, text);
        store.transaction(connection -> {
            Sql.update(connection, "INSERT INTO NICHE_REFERRAL (ID, REFERRER_ID, REFERRED_ID, REFERRED_ON, HOW) VALUES (?, ?, ?, ?, ?)",
                    referral.id(), referrer, referred, on, text);
            Person person = contacts.person(referred).orElse(null);
            if (person != null && person.referredBy() == null) { // joins this transaction
                contacts.save(new Person(person.id(), person.givenName(), person.familyName(), person.preferredLanguage(),
                        person.languages(), person.region(), person.address(), person.role(), person.readiness(), person.source(),
                        referrer, person.ownerStaff(), person.emails(), person.phones(), person.tags(), person.barriers()), locale);
            }
            return null;
        });
        return referral;
    }

    @Override
    public List<Referral> of(UUID contactId) {
        return around(contactId, 1);
    }

    @Override
    public List<Referral> around(UUID contactId, int steps) {
        Map<String, Referral> edges = new LinkedHashMap<>();
        Set<UUID> reached = new HashSet<>(Set.of(contactId));
        Set<UUID> frontier = Set.of(contactId);
        for (int step = 0; step < steps && !frontier.isEmpty(); step++) {
            List<Referral> found = touching(frontier);
            Set<UUID> next = new HashSet<>();
            for (Referral edge : found) {
                edges.putIfAbsent(edge.referrer() + ">" + edge.referred(), edge);
                for (UUID end : List.of(edge.referrer(), edge.referred())) {
                    if (reached.add(end)) {
                        next.add(end);
                    }
                }
            }
            frontier = next;
        }
        return new ArrayList<>(edges.values());
    }

    private List<Referral> touching(Set<UUID> ends) {
        return new ReferralEdges(store, profiles).touching(ends);
    }
}
