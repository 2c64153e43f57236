package org.liaison.niches.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.liaison.contacts.ContactProfiles;
import org.liaison.contacts.ContactService;
import org.liaison.contacts.sectors.NaceTaxonomy;
import org.liaison.core.id.Ids;
import org.liaison.core.validation.ValidationException;
import org.liaison.core.validation.ValidationProblem;
import org.liaison.niches.Category;
import org.liaison.niches.NeedOffer;
import org.liaison.niches.NeedOfferStatus;
import org.liaison.niches.NeedsOffers;
import org.liaison.niches.Scope;
import org.liaison.store.Sql;
import org.liaison.store.Store;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Needs and offers in one table (by kind), their sectors and segments as terms. */
@Component(service = NeedsOffers.class)
public class StoreNeedsOffers implements NeedsOffers {

    static final Terms TERMS = new Terms("NICHE_NEED_OFFER_TERM", "NEED_OFFER_ID");
    static final String COLUMNS = "ID, KIND, OWNER_ID, CATEGORY, DESCRIPTION, LANGUAGE, SCOPE, VALID_UNTIL, STATUS";

    private final Store store;
    private final ContactService contacts;
    private final ContactProfiles profiles;
    private final NaceTaxonomy taxonomy;

    @Activate
    public StoreNeedsOffers(@Reference Store store, @Reference ContactService contacts, @Reference ContactProfiles profiles,
            @Reference NaceTaxonomy taxonomy) {
        this.store = store;
        this.contacts = contacts;
        this.profiles = profiles;
        this.taxonomy = taxonomy;
    }

    @Override
    public NeedOffer save(NeedOffer item, Locale locale) {
        var texts = NicheTexts.in(locale);
        List<ValidationProblem> problems = new ArrayList<>();
        if (item.kind() == null) {
            problems.add(ValidationProblem.field("kind", texts.get("required")));
        }
        if (item.category() == null) {
            problems.add(ValidationProblem.field("category", texts.get("required")));
        }
        if (item.owner() == null) {
            problems.add(ValidationProblem.field("owner", texts.get("required")));
        } else if (profiles.summaries(List.of(item.owner())).isEmpty()) {
            problems.add(ValidationProblem.field("owner", texts.get("contact.unknown", item.owner())));
        }
        String description = Codes.text(item.description(), true, 4000, "description", texts, problems);
        if (!Codes.language(item.language())) {
            problems.add(ValidationProblem.field("language", texts.get("language.invalid", item.language())));
        }
        Set<String> sectors = Codes.sectors(item.sectors(), taxonomy, "sectors", texts, problems);
        Codes.segments(item.segments(), contacts, "segments", texts, problems);
        if (item.validUntil() == null) {
            problems.add(ValidationProblem.field("validUntil", texts.get("required")));
        } else if (item.status() == NeedOfferStatus.OPEN && item.validUntil().isBefore(LocalDate.now())) {
            problems.add(ValidationProblem.field("validUntil", texts.get("needOffer.past")));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        NeedOffer saved = new NeedOffer(item.id() == null ? Ids.newId() : item.id(), item.kind(), item.owner(), item.category(),
                description, item.language(), sectors, item.segments(), item.scope(), item.validUntil(), item.status());
        store.transaction(connection -> {
            if (item.id() != null && Sql.count(connection, "SELECT COUNT(*) FROM NICHE_NEED_OFFER WHERE ID = ?", item.id()) == 0) {
                throw new ValidationException(ValidationProblem.field("needOffer", texts.get("needOffer.unknown", item.id())));
            }
            write(connection, saved);
            return null;
        });
        return saved;
    }

    private static void write(Connection connection, NeedOffer item) throws SQLException {
        OffsetDateTime now = OffsetDateTime.now();
        if (Sql.count(connection, "SELECT COUNT(*) FROM NICHE_NEED_OFFER WHERE ID = ?", item.id()) > 0) {
            Sql.update(connection, "UPDATE NICHE_NEED_OFFER SET KIND = ?, OWNER_ID = ?, CATEGORY = ?, DESCRIPTION = ?, LANGUAGE = ?, "
                    + "SCOPE = ?, VALID_UNTIL = ?, STATUS = ?, UPDATED_AT = ? WHERE ID = ?", item.kind(), item.owner(), item.category(),
                    item.description(), item.language(), item.scope(), item.validUntil(), item.status(), now, item.id());
        } else {
            Sql.update(connection, "INSERT INTO NICHE_NEED_OFFER (" + COLUMNS + ", CREATED_AT, UPDATED_AT) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", item.id(), item.kind(), item.owner(), item.category(), item.description(),
                    item.language(), item.scope(), item.validUntil(), item.status(), now, now);
        }
        TERMS.replace(connection, item.id(), Terms.SECTOR, item.sectors());
        TERMS.replace(connection, item.id(), Terms.SEGMENT, item.segments());
    }

    @Override
    public Optional<NeedOffer> find(UUID id) {
        return store.read(connection -> read(connection, "WHERE ID = ?", id)).stream().findFirst();
    }

    @Override
    public List<NeedOffer> of(UUID ownerId) {
        return store.read(connection -> read(connection, "WHERE OWNER_ID = ? ORDER BY ID DESC", ownerId));
    }

    @Override
    public List<NeedOffer> board(NeedOffer.Kind kind, Category category, NeedOfferStatus status, LocalDate today, int limit) {
        StringBuilder where = new StringBuilder("WHERE TRUE");
        List<Object> values = new ArrayList<>();
        if (kind != null) {
            where.append(" AND KIND = ?");
            values.add(kind);
        }
        if (category != null) {
            where.append(" AND CATEGORY = ?");
            values.add(category);
        }
        if (status == NeedOfferStatus.EXPIRED) {
            where.append(" AND (STATUS = 'EXPIRED' OR STATUS = 'OPEN' AND VALID_UNTIL < ?)");
            values.add(today);
        } else if (status == NeedOfferStatus.OPEN) {
            where.append(" AND STATUS = 'OPEN' AND VALID_UNTIL >= ?");
            values.add(today);
        } else if (status != null) {
            where.append(" AND STATUS = ?");
            values.add(status);
        }
        where.append(" ORDER BY VALID_UNTIL, ID FETCH FIRST ? ROWS ONLY");
        values.add(limit);
        return store.read(connection -> read(connection, where.toString(), values.toArray()));
    }

    @Override
    public List<NeedOffer> search(String text, int limit) {
        StringBuilder where = new StringBuilder("WHERE TRUE");
        List<Object> values = new ArrayList<>();
        for (String word : text.toLowerCase(java.util.Locale.ROOT).split("\\s+")) {
            if (!word.isBlank()) {
                where.append(" AND LOWER(DESCRIPTION) LIKE ? ESCAPE '\\'");
                values.add("%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            }
        }
        if (values.isEmpty()) {
            return List.of();
        }
        where.append(" ORDER BY VALID_UNTIL, ID FETCH FIRST ? ROWS ONLY");
        values.add(limit);
        return store.read(connection -> read(connection, where.toString(), values.toArray()));
    }

    @Override
    public List<NeedOffer> expiring(LocalDate today, int days, int limit) {
        return store.read(connection -> read(connection, "WHERE STATUS = 'OPEN' AND VALID_UNTIL <= ? "
                + "ORDER BY VALID_UNTIL, ID FETCH FIRST ? ROWS ONLY", today.plusDays(days), limit));
    }

    @Override
    public NeedOffer renew(UUID id, LocalDate validUntil, LocalDate today, Locale locale) {
        var texts = NicheTexts.in(locale);
        if (validUntil == null || validUntil.isBefore(today)) {
            throw new ValidationException(ValidationProblem.field("validUntil", texts.get("needOffer.past")));
        }
        return store.transaction(connection -> {
            NeedOffer item = existing(connection, id, texts);
            NeedOfferStatus status = item.statusOn(today) == NeedOfferStatus.EXPIRED ? NeedOfferStatus.OPEN : item.status();
            Sql.update(connection, "UPDATE NICHE_NEED_OFFER SET VALID_UNTIL = ?, STATUS = ?, UPDATED_AT = ? WHERE ID = ?",
                    validUntil, status, OffsetDateTime.now(), id);
            return item.with(status, validUntil);
        });
    }

    @Override
    public NeedOffer changeStatus(UUID id, NeedOfferStatus status, Locale locale) {
        var texts = NicheTexts.in(locale);
        if (status == null || status == NeedOfferStatus.EXPIRED) { // expired is read from the date, never recorded
            throw new ValidationException(ValidationProblem.field("status", texts.get("needOffer.statusInvalid")));
        }
        return store.transaction(connection -> {
            NeedOffer item = existing(connection, id, texts);
            if (status == NeedOfferStatus.OPEN && item.validUntil().isBefore(LocalDate.now())) {
                throw new ValidationException(ValidationProblem.field("status", texts.get("needOffer.renewInstead")));
            }
            Sql.update(connection, "UPDATE NICHE_NEED_OFFER SET STATUS = ?, UPDATED_AT = ? WHERE ID = ?", status, OffsetDateTime.now(), id);
            return item.with(status, item.validUntil());
        });
    }

    private static NeedOffer existing(Connection connection, UUID id, org.liaison.core.i18n.Messages texts) throws SQLException {
        return read(connection, "WHERE ID = ?", id).stream().findFirst()
                .orElseThrow(() -> new ValidationException(ValidationProblem.field("needOffer", texts.get("needOffer.unknown", id))));
    }

    static List<NeedOffer> read(Connection connection, String where, Object... values) throws SQLException {
        List<NeedOffer> items = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS + " FROM NICHE_NEED_OFFER " + where)) {
            Sql.bind(query, values);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    items.add(new NeedOffer(Sql.uuid(rows, 1), NeedOffer.Kind.valueOf(rows.getString(2)), Sql.uuid(rows, 3),
                            Category.valueOf(rows.getString(4)), rows.getString(5), rows.getString(6), Set.of(), Set.of(),
                            Scope.valueOf(rows.getString(7)), Sql.date(rows, 8), NeedOfferStatus.valueOf(rows.getString(9))));
                }
            }
        }
        if (items.isEmpty()) {
            return items;
        }
        Map<UUID, Map<String, Set<String>>> terms = TERMS.readAll(connection, items.stream().map(NeedOffer::id).toArray(UUID[]::new));
        List<NeedOffer> complete = new ArrayList<>(items.size());
        for (NeedOffer item : items) {
            Map<String, Set<String>> own = terms.getOrDefault(item.id(), Map.of());
            complete.add(new NeedOffer(item.id(), item.kind(), item.owner(), item.category(), item.description(), item.language(),
                    own.getOrDefault(Terms.SECTOR, Set.of()), own.getOrDefault(Terms.SEGMENT, Set.of()), item.scope(), item.validUntil(),
                    item.status()));
        }
        return complete;
    }
}
