package org.liaison.niches.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.liaison.contacts.ContactProfiles;
import org.liaison.contacts.ContactSummary;
import org.liaison.core.i18n.Messages;
import org.liaison.core.id.Ids;
import org.liaison.core.money.CurrencyCode;
import org.liaison.core.money.Money;
import org.liaison.core.validation.ValidationException;
import org.liaison.core.validation.ValidationProblem;
import org.liaison.niches.Answer;
import org.liaison.niches.FollowUp;
import org.liaison.niches.Introduction;
import org.liaison.niches.IntroductionMeetings;
import org.liaison.niches.IntroductionStatus;
import org.liaison.niches.Introductions;
import org.liaison.niches.NeedOffer;
import org.liaison.niches.NeedOfferStatus;
import org.liaison.niches.Outcome;
import org.liaison.niches.OutcomeKind;
import org.liaison.store.Sql;
import org.liaison.store.Store;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Introductions as rows whose status is read from their fields ({@link IntroductionStatus}), so
 * that each side's answer, recorded on any desktop, merges field by field. Follow-ups are read
 * from the day both accepted; only their being done is written.
 */
@Component(service = {Introductions.class, IntroductionMeetings.class})
public class StoreIntroductions implements Introductions, IntroductionMeetings {

    static final String COLUMNS = "ID, FIRST_ID, SECOND_ID, NICHE_ID, NEED_ID, OFFER_ID, PROPOSED_BY, PROPOSED_ON, REASON, "
            + "FIRST_ANSWER, FIRST_ANSWERED_ON, SECOND_ANSWER, SECOND_ANSWERED_ON, MET_ON, MEETING_ID, CLOSED_ON, LAPSED_ON";

    /** The introductions of a contact (two parameters, the contact twice): two indexed lookups, where an OR would read them all. */
    static final String OF_CONTACT = "ID IN (SELECT ID FROM NICHE_INTRODUCTION WHERE FIRST_ID = ? UNION "
            + "SELECT ID FROM NICHE_INTRODUCTION WHERE SECOND_ID = ?)";

    /** The status as SQL reads it from the row, the same rule as {@link Introduction#status()}. */
    static final String STATUS = "CASE WHEN FIRST_ANSWER = 'DECLINED' OR SECOND_ANSWER = 'DECLINED' THEN 'DECLINED' "
            + "WHEN LAPSED_ON IS NOT NULL THEN 'LAPSED' WHEN CLOSED_ON IS NOT NULL THEN 'CLOSED' WHEN MET_ON IS NOT NULL THEN 'MET' "
            + "WHEN FIRST_ANSWER = 'ACCEPTED' AND SECOND_ANSWER = 'ACCEPTED' THEN 'ACCEPTED' ELSE 'PROPOSED' END";

    private final Store store;
    private final ContactProfiles profiles;

    @Activate
    public StoreIntroductions(@Reference Store store, @Reference ContactProfiles profiles) {
        this.store = store;
        this.profiles = profiles;
    }

    @Override
    public Introduction propose(UUID first, UUID second, UUID niche, UUID need, UUID offer, String proposedBy, String reason,
            LocalDate on, Locale locale) {
        Messages texts = NicheTexts.in(locale);
        List<ValidationProblem> problems = new ArrayList<>();
        Map<UUID, ContactSummary> known = first == null || second == null ? Map.of() : profiles.summaries(List.of(first, second));
        if (first == null || second == null) {
            problems.add(ValidationProblem.field(first == null ? "first" : "second", texts.get("required")));
        } else {
            if (first.equals(second)) {
                problems.add(ValidationProblem.field("second", texts.get("introduction.self")));
            }
            for (UUID side : List.of(first, second)) {
                if (!known.containsKey(side)) {
                    problems.add(ValidationProblem.field(side.equals(first) ? "first" : "second", texts.get("contact.unknown", side)));
                }
            }
        }
        String why = Codes.text(reason, true, 2000, "reason", texts, problems);
        String by = Codes.text(proposedBy, true, 100, "proposedBy", texts, problems);
        if (on == null) {
            problems.add(ValidationProblem.field("on", texts.get("required")));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        Introduction introduction = new Introduction(Ids.newId(), first, second, niche, need, offer, by, on, why, Answer.PENDING, null,
                Answer.PENDING, null, null, null, null, null);
        store.transaction(connection -> {
            for (UUID item : new UUID[] {need, offer}) {
                if (item != null) {
                    String field = item.equals(need) ? "need" : "offer";
                    NeedOffer found = StoreNeedsOffers.read(connection, "WHERE ID = ?", item).stream().findFirst().orElse(null);
                    if (found == null || found.statusOn(on) != NeedOfferStatus.OPEN) {
                        throw new ValidationException(ValidationProblem.field(field,
                                texts.get("introduction.itemNotOpen", found == null ? item : found.description())));
                    }
                    if (found.kind() != (item.equals(need) ? NeedOffer.Kind.NEED : NeedOffer.Kind.OFFER)
                            || !found.owner().equals(first) && !found.owner().equals(second)) {
                        throw new ValidationException(ValidationProblem.field(field, texts.get("introduction.itemNotTheirs",
                                found.description())));
                    }
                }
            }
            if (niche != null && Sql.count(connection, "SELECT COUNT(*) FROM NICHE_NETWORK WHERE ID = ?", niche) == 0) {
                throw new ValidationException(ValidationProblem.field("niche", texts.get("niche.unknown", niche)));
            }
            if (Sql.count(connection, "SELECT COUNT(*) FROM NICHE_INTRODUCTION WHERE " + OF_CONTACT + " AND (FIRST_ID = ? OR SECOND_ID = ?) "
                    + "AND " + STATUS + " IN ('PROPOSED', 'ACCEPTED', 'MET')", first, first, second, second) > 0) {
                throw new ValidationException(ValidationProblem.field("second", texts.get("introduction.open")));
            }
            return Sql.update(connection, "INSERT INTO NICHE_INTRODUCTION (ID, FIRST_ID, SECOND_ID, NICHE_ID, NEED_ID, OFFER_ID, "
                    + "PROPOSED_BY, PROPOSED_ON, REASON, FIRST_REGION, SECOND_REGION) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    introduction.id(), first, second, niche, need, offer, by, on, why, known.get(first).region(), known.get(second).region());
        });
        return introduction;
    }

    @Override
    public Introduction answer(UUID introductionId, UUID side, boolean accepted, LocalDate on, Locale locale) {
        Messages texts = NicheTexts.in(locale);
        return change(introductionId, texts, (connection, introduction) -> {
            if (!side.equals(introduction.first()) && !side.equals(introduction.second())) {
                throw refused("side", texts.get("introduction.notASide"));
            }
            if (introduction.status() != IntroductionStatus.PROPOSED) {
                throw refused("status", texts.get("introduction.answered", status(texts, introduction.status())));
            }
            notBefore(introduction, on, texts);
            if ((side.equals(introduction.first()) ? introduction.firstAnswer() : introduction.secondAnswer()) != Answer.PENDING) {
                throw refused("side", texts.get("introduction.alreadyAnswered"));
            }
            String which = side.equals(introduction.first()) ? "FIRST" : "SECOND";
            Sql.update(connection, "UPDATE NICHE_INTRODUCTION SET " + which + "_ANSWER = ?, " + which + "_ANSWERED_ON = ? WHERE ID = ?",
                    accepted ? Answer.ACCEPTED : Answer.DECLINED, on, introductionId);
        });
    }

    @Override
    public Introduction met(UUID introductionId, LocalDate on, Locale locale) {
        return metAt(introductionId, null, on, locale);
    }

    @Override
    public Introduction metAt(UUID introductionId, UUID meetingId, LocalDate on, Locale locale) {
        Messages texts = NicheTexts.in(locale);
        return change(introductionId, texts, (connection, introduction) -> {
            IntroductionStatus status = introduction.status();
            if (status == IntroductionStatus.PROPOSED) {
                throw refused("status", texts.get("introduction.notAccepted"));
            }
            if (status != IntroductionStatus.ACCEPTED && !(status == IntroductionStatus.MET && meetingId != null)) {
                throw refused("status", texts.get("introduction.cannotMeet", status(texts, status)));
            }
            notBefore(introduction, on, texts);
            Sql.update(connection, "UPDATE NICHE_INTRODUCTION SET MET_ON = ?, MEETING_ID = COALESCE(?, MEETING_ID) WHERE ID = ?",
                    on, meetingId, introductionId);
        });
    }

    @Override
    public Introduction close(UUID introductionId, LocalDate on, Locale locale) {
        Messages texts = NicheTexts.in(locale);
        return change(introductionId, texts, (connection, introduction) -> {
            if (introduction.status() != IntroductionStatus.MET) {
                throw refused("status", texts.get("introduction.cannotClose", status(texts, introduction.status())));
            }
            notBefore(introduction, on, texts);
            Sql.update(connection, "UPDATE NICHE_INTRODUCTION SET CLOSED_ON = ? WHERE ID = ?", on, introductionId);
        });
    }

    @Override
    public Introduction lapse(UUID introductionId, LocalDate on, Locale locale) {
        Messages texts = NicheTexts.in(locale);
        return change(introductionId, texts, (connection, introduction) -> {
            IntroductionStatus status = introduction.status();
            if (status != IntroductionStatus.PROPOSED && status != IntroductionStatus.ACCEPTED) {
                throw refused("status", texts.get("introduction.cannotLapse", status(texts, status)));
            }
            notBefore(introduction, on, texts);
            Sql.update(connection, "UPDATE NICHE_INTRODUCTION SET LAPSED_ON = ? WHERE ID = ?", on, introductionId);
        });
    }

    private interface Change {
        void apply(Connection connection, Introduction introduction) throws SQLException;
    }

    /** Reads the introduction, lets {@code change} check and write, and returns it as written. */
    private Introduction change(UUID introductionId, Messages texts, Change change) {
        return store.transaction(connection -> {
            Introduction introduction = read(connection, "WHERE ID = ?", introductionId).stream().findFirst()
                    .orElseThrow(() -> refused("introduction", texts.get("introduction.unknown", introductionId)));
            change.apply(connection, introduction);
            return read(connection, "WHERE ID = ?", introductionId).get(0);
        });
    }

    private static void notBefore(Introduction introduction, LocalDate on, Messages texts) {
        if (on == null || on.isBefore(introduction.proposedOn())) {
            throw refused("on", texts.get("introduction.beforeProposed", introduction.proposedOn()));
        }
    }

    static String status(Messages texts, IntroductionStatus status) {
        return texts.get("introduction." + status.name());
    }

    private static ValidationException refused(String field, String message) {
        return new ValidationException(ValidationProblem.field(field, message));
    }

    @Override
    public Optional<Introduction> find(UUID id) {
        return store.read(connection -> read(connection, "WHERE ID = ?", id)).stream().findFirst();
    }

    @Override
    public List<Introduction> board(IntroductionStatus status, int limit) {
        return status == null
                ? store.read(connection -> read(connection, "ORDER BY PROPOSED_ON DESC, ID DESC FETCH FIRST ? ROWS ONLY", limit))
                : store.read(connection -> read(connection, "WHERE " + STATUS + " = ? ORDER BY PROPOSED_ON DESC, ID DESC "
                        + "FETCH FIRST ? ROWS ONLY", status, limit));
    }

    @Override
    public Map<IntroductionStatus, Long> counts() {
        return store.read(connection -> {
            Map<IntroductionStatus, Long> counts = new EnumMap<>(IntroductionStatus.class);
            for (IntroductionStatus status : IntroductionStatus.values()) {
                counts.put(status, 0L);
            }
            try (PreparedStatement query = connection.prepareStatement("SELECT S, COUNT(*) FROM (SELECT " + STATUS
                    + " S FROM NICHE_INTRODUCTION) GROUP BY S"); ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    counts.put(IntroductionStatus.valueOf(rows.getString(1)), rows.getLong(2));
                }
            }
            return counts;
        });
    }

    @Override
    public List<Introduction> of(UUID contactId) {
        return store.read(connection -> read(connection, "WHERE " + OF_CONTACT + " ORDER BY PROPOSED_ON DESC, ID DESC", contactId,
                contactId));
    }

    @Override
    public List<Introduction> awaitingAnswer(int limit) {
        return store.read(connection -> read(connection, "WHERE " + STATUS + " = 'PROPOSED' ORDER BY PROPOSED_ON, ID FETCH FIRST ? ROWS ONLY",
                limit));
    }

    @Override
    public List<Introduction> atMeeting(UUID meetingId) {
        return store.read(connection -> read(connection, "WHERE MEETING_ID = ? ORDER BY ID", meetingId));
    }

    @Override
    public List<Introduction> openBetween(List<UUID> attendees) {
        if (attendees.size() < 2) {
            return List.of();
        }
        UUID[] ids = attendees.toArray(UUID[]::new);
        return store.read(connection -> read(connection, "WHERE FIRST_ID = ANY(?) AND SECOND_ID = ANY(?) AND " + STATUS
                + " IN ('PROPOSED', 'ACCEPTED', 'MET') ORDER BY ID", ids, ids));
    }

    static List<Introduction> read(Connection connection, String where, Object... values) throws SQLException {
        List<Introduction> found = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS + " FROM NICHE_INTRODUCTION " + where)) {
            Sql.bind(query, values);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(new Introduction(Sql.uuid(rows, 1), Sql.uuid(rows, 2), Sql.uuid(rows, 3), Sql.uuid(rows, 4),
                            Sql.uuid(rows, 5), Sql.uuid(rows, 6), rows.getString(7), Sql.date(rows, 8), rows.getString(9),
                            answer(rows.getString(10)), Sql.date(rows, 11), answer(rows.getString(12)), Sql.date(rows, 13),
                            Sql.date(rows, 14), Sql.uuid(rows, 15), Sql.date(rows, 16), Sql.date(rows, 17)));
                }
            }
        }
        return found;
    }

    private static Answer answer(String value) {
        return value == null ? Answer.PENDING : Answer.valueOf(value);
    }

    @Override
    public Outcome record(Outcome outcome, Locale locale) {
        Messages texts = NicheTexts.in(locale);
        List<ValidationProblem> problems = new ArrayList<>();
        if (outcome.kind() == null) {
            problems.add(ValidationProblem.field("kind", texts.get("required")));
        }
        if (outcome.value() != null && outcome.value().amount().signum() < 0) {
            problems.add(ValidationProblem.field("value", texts.get("outcome.negativeValue")));
        }
        if (outcome.jobs() < 0) {
            problems.add(ValidationProblem.field("jobs", texts.get("outcome.negativeJobs")));
        }
        if (outcome.recordedOn() == null) {
            problems.add(ValidationProblem.field("recordedOn", texts.get("required")));
        } else if (outcome.recordedOn().isAfter(LocalDate.now())) {
            problems.add(ValidationProblem.field("recordedOn", texts.get("date.future")));
        }
        String by = Codes.text(outcome.recordedBy(), true, 100, "recordedBy", texts, problems);
        String note = Codes.text(outcome.note(), false, 2000, "note", texts, problems);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        Outcome saved = new Outcome(Ids.newId(), outcome.introduction(), outcome.kind(), outcome.value(), outcome.jobs(),
                outcome.recordedOn(), by, note);
        store.transaction(connection -> {
            Introduction introduction = read(connection, "WHERE ID = ?", outcome.introduction()).stream().findFirst()
                    .orElseThrow(() -> refused("introduction", texts.get("introduction.unknown", outcome.introduction())));
            if (introduction.acceptedOn() == null) {
                throw refused("introduction", texts.get("outcome.notAccepted"));
            }
            if (outcome.recordedOn().isBefore(introduction.proposedOn())) {
                throw refused("recordedOn", texts.get("introduction.beforeProposed", introduction.proposedOn()));
            }
            Money value = outcome.value();
            return Sql.update(connection, "INSERT INTO NICHE_OUTCOME (ID, INTRODUCTION_ID, KIND, VALUE_MINOR, CURRENCY, JOBS, RECORDED_ON, "
                    + "RECORDED_BY, NOTE) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", saved.id(), saved.introduction(), saved.kind(),
                    value == null ? null : value.minorUnits(), value == null ? null : value.currency().name(), saved.jobs(),
                    saved.recordedOn(), by, note.isEmpty() ? null : note);
        });
        return saved;
    }

    @Override
    public List<Outcome> outcomes(UUID introductionId) {
        return store.read(connection -> {
            List<Outcome> outcomes = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT ID, KIND, VALUE_MINOR, CURRENCY, JOBS, RECORDED_ON, "
                    + "RECORDED_BY, NOTE FROM NICHE_OUTCOME WHERE INTRODUCTION_ID = ? ORDER BY RECORDED_ON, ID")) {
                Sql.bind(query, introductionId);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        Money value = rows.getObject(3) == null ? null
                                : Money.ofMinor(rows.getLong(3), CurrencyCode.valueOf(rows.getString(4)));
                        outcomes.add(new Outcome(Sql.uuid(rows, 1), introductionId, OutcomeKind.valueOf(rows.getString(2)), value,
                                rows.getInt(5), Sql.date(rows, 6), rows.getString(7), rows.getString(8)));
                    }
                }
            }
            return outcomes;
        });
    }

    @Override
    public List<FollowUp> followUpsDue(LocalDate by, String assignee, int limit) {
        // accepted by both and not lapsed (a closed introduction is still followed up: its value comes later); one row per month
        String accepted = "GREATEST(I.FIRST_ANSWERED_ON, I.SECOND_ANSWERED_ON)";
        String due = "DATEADD(MONTH, M.X, " + accepted + ")";
        return store.read(connection -> {
            List<FollowUp> found = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT I.ID, M.X, " + due + " FROM NICHE_INTRODUCTION I "
                    + "CROSS JOIN (VALUES 3, 6, 12) M(X) WHERE I.FIRST_ANSWER = 'ACCEPTED' AND I.SECOND_ANSWER = 'ACCEPTED' "
                    + "AND I.LAPSED_ON IS NULL AND " + due + " <= ? AND (CAST(? AS VARCHAR) IS NULL OR I.PROPOSED_BY = ?) "
                    + "AND NOT EXISTS (SELECT 1 FROM NICHE_FOLLOW_UP F WHERE F.INTRODUCTION_ID = I.ID AND F.MONTHS = M.X) "
                    + "ORDER BY 3, I.ID FETCH FIRST ? ROWS ONLY")) {
                Sql.bind(query, by, assignee, assignee, limit);
                List<Object[]> rows = new ArrayList<>();
                try (ResultSet result = query.executeQuery()) {
                    while (result.next()) {
                        rows.add(new Object[] {Sql.uuid(result, 1), result.getInt(2), Sql.date(result, 3)});
                    }
                }
                for (Object[] row : rows) {
                    Introduction introduction = read(connection, "WHERE ID = ?", row[0]).get(0);
                    found.add(new FollowUp(introduction, (Integer) row[1], (LocalDate) row[2], introduction.proposedBy(), null));
                }
            }
            return found;
        });
    }

    @Override
    public List<FollowUp> followUps(UUID introductionId) {
        return store.read(connection -> {
            Introduction introduction = read(connection, "WHERE ID = ?", introductionId).stream().findFirst().orElse(null);
            if (introduction == null || introduction.acceptedOn() == null || introduction.lapsedOn() != null) {
                return List.of();
            }
            Map<Integer, LocalDate> done = new java.util.HashMap<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT MONTHS, DONE_ON FROM NICHE_FOLLOW_UP WHERE INTRODUCTION_ID = ?")) {
                Sql.bind(query, introductionId);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        done.put(rows.getInt(1), Sql.date(rows, 2));
                    }
                }
            }
            List<FollowUp> followUps = new ArrayList<>();
            for (int months : FollowUp.MONTHS) {
                followUps.add(new FollowUp(introduction, months, introduction.acceptedOn().plusMonths(months), introduction.proposedBy(),
                        done.get(months)));
            }
            return followUps;
        });
    }

    @Override
    public void followedUp(UUID introductionId, int months, LocalDate on, String by, Locale locale) {
        Messages texts = NicheTexts.in(locale);
        List<ValidationProblem> problems = new ArrayList<>();
        if (java.util.Arrays.stream(FollowUp.MONTHS).noneMatch(m -> m == months)) {
            problems.add(ValidationProblem.field("months", texts.get("followUp.months")));
        }
        String who = Codes.text(by, true, 100, "by", texts, problems);
        if (on == null) {
            problems.add(ValidationProblem.field("on", texts.get("required")));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        store.transaction(connection -> {
            Introduction introduction = read(connection, "WHERE ID = ?", introductionId).stream().findFirst()
                    .orElseThrow(() -> refused("introduction", texts.get("introduction.unknown", introductionId)));
            if (introduction.acceptedOn() == null) {
                throw refused("introduction", texts.get("outcome.notAccepted"));
            }
            return Sql.update(connection, "MERGE INTO NICHE_FOLLOW_UP (ID, INTRODUCTION_ID, MONTHS, DONE_ON, DONE_BY) KEY (ID) "
                    + "VALUES (?, ?, ?, ?, ?)", Ids.derived("NICHE_FOLLOW_UP", introductionId, months), introductionId, months, on, who);
        });
    }
}
