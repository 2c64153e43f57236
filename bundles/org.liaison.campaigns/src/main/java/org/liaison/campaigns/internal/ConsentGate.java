package org.liaison.campaigns.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.liaison.campaigns.Campaign;
import org.liaison.campaigns.LeftOutReason;
import org.liaison.contacts.ConsentChannel;
import org.liaison.contacts.ConsentLedger;
import org.liaison.contacts.ContactService;
import org.liaison.contacts.DataProtection;
import org.liaison.contacts.Email;
import org.liaison.contacts.Person;
import org.liaison.store.Sql;

/**
 * Who may get a campaign's mail: a person, not erased, with an email address that is neither
 * suppressed nor held after a hard bounce, whose latest consent entry for the campaign's purpose by
 * email grants it and has not lapsed. Asked when the list is frozen and again before each mail.
 */
final class ConsentGate {

    private final ContactService contacts;
    private final ConsentLedger consent;
    private final DataProtection protection;

    ConsentGate(ContactService contacts, ConsentLedger consent, DataProtection protection) {
        this.contacts = contacts;
        this.consent = consent;
        this.protection = protection;
    }

    Eligibility check(Connection connection, Campaign campaign, Set<String> languages, UUID contactId, Instant at)
            throws SQLException {
        Optional<Person> found = contacts.person(contactId);
        if (found.isEmpty()) {
            return contacts.organisation(contactId).map(o -> Eligibility.refused(o.name(), LeftOutReason.ORGANISATION))
                    .orElse(Eligibility.refused("", LeftOutReason.ERASED));
        }
        Person person = found.get();
        String name = person.displayName();
        if (Sql.count(connection, "SELECT COUNT(*) FROM CONTACT_PERSON WHERE ID = ? AND ERASED", contactId) > 0) {
            return Eligibility.refused("", LeftOutReason.ERASED);
        }
        Optional<String> address = person.emails().stream().filter(Email::primary).findFirst()
                .or(() -> person.emails().stream().findFirst()).map(Email::address);
        if (address.isEmpty()) {
            return Eligibility.refused(name, LeftOutReason.NO_EMAIL);
        }
        if (protection.suppressed(address.get())) {
            return Eligibility.refused(name, LeftOutReason.SUPPRESSED);
        }
        if (Sql.count(connection, "SELECT COUNT(*) FROM CAMPAIGN_HELD_ADDRESS WHERE ADDRESS = ?",
                address.get().toLowerCase()) > 0) {
            return Eligibility.refused(name, LeftOutReason.HELD_AFTER_BOUNCE);
        }
        if (!consent.granted(contactId, campaign.consentPurpose(), ConsentChannel.EMAIL, at)) {
            return Eligibility.refused(name, LeftOutReason.NO_CONSENT);
        }
        String language = person.preferredLanguage() != null && languages.contains(person.preferredLanguage())
                ? person.preferredLanguage() : campaign.defaultLanguage();
        return new Eligibility(person, name, address.get(), language, Optional.empty());
    }
}
