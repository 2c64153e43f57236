package org.liaison.contacts.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.liaison.contacts.ConsentChannel;
import org.liaison.contacts.ConsentEvent;
import org.liaison.contacts.ConsentLedger;
import org.liaison.contacts.ConsentPurpose;
import org.liaison.core.id.Ids;
import org.liaison.core.validation.ValidationException;
import org.liaison.core.validation.ValidationProblem;
import org.liaison.store.Store;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The consent ledger in the store: rows are only ever inserted. */
@Component(service = ConsentLedger.class)
public class StoreConsentLedger implements ConsentLedger {

    private final Store store;

    @Activate
    public StoreConsentLedger(@Reference Store store) {
        this.store = store;
    }

    @Override
    public ConsentEvent record(UUID contactId, ConsentPurpose purpose, ConsentChannel channel, boolean granted, String source,
            String evidence, Instant expiresAt, Locale locale) {
        List<ValidationProblem> problems = new ArrayList<>();
        var texts = ContactTexts.in(locale);
        if (source == null || source.isBlank()) {
            problems.add(ValidationProblem.field("source", texts.get("consent.source")));
        } else if (source.length() > 200) {
            problems.add(ValidationProblem.field("source", texts.get("tooLong", 200)));
        }
        if (evidence != null && evidence.length() > 2000) {
            problems.add(ValidationProblem.field("evidence", texts.get("tooLong", 2000)));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        ConsentEvent event = new ConsentEvent(Ids.newId(), contactId, purpose, channel, granted, source.strip(), evidence,
                Instant.now(), expiresAt);
        store.transaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO CONTACT_CONSENT (ID, CONTACT_ID, PURPOSE, "
                    + "CHANNEL, GRANTED, SOURCE, EVIDENCE, RECORDED_AT, EXPIRES_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setObject(1, event.id());
                insert.setObject(2, contactId);
                insert.setString(3, purpose.name());
                insert.setString(4, channel.name());
                insert.setBoolean(5, granted);
                insert.setString(6, event.source());
                insert.setString(7, evidence);
                insert.setObject(8, OffsetDateTime.ofInstant(event.recordedAt(), ZoneOffset.UTC));
                insert.setObject(9, expiresAt == null ? null : OffsetDateTime.ofInstant(expiresAt, ZoneOffset.UTC));
                return insert.executeUpdate();
            }
        });
        return event;
    }

    @Override
    public List<ConsentEvent> history(UUID contactId) {
        return store.read(connection -> {
            List<ConsentEvent> events = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT ID, PURPOSE, CHANNEL, GRANTED, SOURCE, EVIDENCE, "
                    + "RECORDED_AT, EXPIRES_AT FROM CONTACT_CONSENT WHERE CONTACT_ID = ? ORDER BY RECORDED_AT, ID")) {
                query.setObject(1, contactId);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        OffsetDateTime expires = rows.getObject(8, OffsetDateTime.class);
                        events.add(new ConsentEvent(rows.getObject(1, UUID.class), contactId,
                                ConsentPurpose.valueOf(rows.getString(2)), ConsentChannel.valueOf(rows.getString(3)),
                                rows.getBoolean(4), rows.getString(5), rows.getString(6),
                                rows.getObject(7, OffsetDateTime.class).toInstant(), expires == null ? null : expires.toInstant()));
                    }
                }
            }
            return events;
        });
    }

    @Override
    public boolean granted(UUID contactId, ConsentPurpose purpose, ConsentChannel channel, Instant at) {
        ConsentEvent latest = null;
        for (ConsentEvent event : history(contactId)) {
            if (event.purpose() == purpose && event.channel() == channel && !event.recordedAt().isAfter(at)) {
                latest = event;
            }
        }
        return latest != null && latest.granted() && (latest.expiresAt() == null || latest.expiresAt().isAfter(at));
    }
}
