package org.liaison.meetings.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.liaison.contacts.Barrier;
import org.liaison.contacts.ContactService;
import org.liaison.contacts.Person;
import org.liaison.contacts.Readiness;
import org.liaison.core.i18n.Messages;
import org.liaison.core.id.Ids;
import org.liaison.core.validation.ValidationException;
import org.liaison.core.validation.ValidationProblem;
import org.liaison.meetings.Meeting;
import org.liaison.meetings.Meetings;
import org.liaison.meetings.interview.AnsweredQuestion;
import org.liaison.meetings.interview.Effect;
import org.liaison.meetings.interview.Interview;
import org.liaison.meetings.interview.InterviewFollowOn;
import org.liaison.meetings.interview.InterviewTemplate;
import org.liaison.meetings.interview.Interviews;
import org.liaison.meetings.interview.ProfileChanges;
import org.liaison.meetings.interview.Question;
import org.liaison.store.Sql;
import org.liaison.store.Store;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** Interview answers kept with the meeting; the profile changed only on confirmation. */
@Component(service = Interviews.class)
public class StoreInterviews implements Interviews {

    private final Store store;
    private final Meetings meetings;
    private final ContactService contacts;
    private final List<InterviewTemplate> templates = new CopyOnWriteArrayList<>();
    private final List<InterviewFollowOn> followOns = new CopyOnWriteArrayList<>();

    @Activate
    public StoreInterviews(@Reference Store store, @Reference Meetings meetings, @Reference ContactService contacts) {
        this.store = store;
        this.meetings = meetings;
        this.contacts = contacts;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addTemplate(InterviewTemplate template) {
        templates.add(template);
    }

    void removeTemplate(InterviewTemplate template) {
        templates.remove(template);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addFollowOn(InterviewFollowOn followOn) {
        followOns.add(followOn);
    }

    void removeFollowOn(InterviewFollowOn followOn) {
        followOns.remove(followOn);
    }

    @Override
    public List<InterviewTemplate> templates() {
        List<InterviewTemplate> sorted = new ArrayList<>(templates);
        sorted.sort((a, b) -> a.id().equals(FieldStudyTemplate.ID) ? -1 : b.id().equals(FieldStudyTemplate.ID) ? 1 : a.id().compareTo(b.id()));
        return sorted;
    }

    @Override
    public Interview save(UUID meetingId, UUID contactId, String templateId, Map<String, String> answers, Locale locale) {
        Messages texts = MeetingTexts.in(locale);
        InterviewTemplate template = template(templateId, texts);
        Meeting meeting = meetings.find(meetingId)
                .orElseThrow(() -> new ValidationException(ValidationProblem.field("meeting", texts.get("meeting.unknown", meetingId))));
        List<ValidationProblem> problems = new ArrayList<>();
        if (contactId == null || meeting.attendee(contactId) == null) {
            problems.add(ValidationProblem.field("contact", texts.get("interview.notAttendee")));
        }
        Map<String, String> kept = new HashMap<>();
        for (Map.Entry<String, String> answer : answers.entrySet()) {
            Question question = template.questions().stream().filter(q -> q.id().equals(answer.getKey())).findFirst().orElse(null);
            String value = answer.getValue() == null ? "" : answer.getValue().strip();
            if (question == null) {
                problems.add(ValidationProblem.field(answer.getKey(), texts.get("interview.unknownQuestion", answer.getKey())));
            } else if (value.length() > longest(question)) {
                problems.add(ValidationProblem.field(answer.getKey(), texts.get("tooLong", longest(question))));
            } else if (!value.isEmpty() && !question.choices().isEmpty() && !question.choices().contains(value)) {
                problems.add(ValidationProblem.field(answer.getKey(), texts.get("interview.choice", String.join(", ", question.choices()))));
            } else if (!value.isEmpty()) {
                kept.put(question.id(), value);
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return store.transaction(connection -> {
            Optional<Interview> before = read(connection, meetingId);
            if (before.isPresent() && before.get().confirmed()) {
                throw new ValidationException(ValidationProblem.field("meeting", texts.get("interview.confirmed")));
            }
            UUID id = Ids.derived("meeting-interview", meetingId);
            if (before.isEmpty()) {
                Sql.update(connection, "INSERT INTO MEETING_INTERVIEW (ID, MEETING_ID, CONTACT_ID, TEMPLATE_ID) VALUES (?, ?, ?, ?)", id,
                        meetingId, contactId, templateId);
            } else {
                Sql.update(connection, "UPDATE MEETING_INTERVIEW SET CONTACT_ID = ?, TEMPLATE_ID = ? WHERE ID = ?", contactId, templateId, id);
            }
            Map<String, String> old = before.map(Interview::answers).orElse(Map.of());
            for (Question question : template.questions()) {
                String value = kept.get(question.id());
                UUID answerId = Ids.derived("meeting-interview-answer", meetingId, question.id());
                if (value == null && old.containsKey(question.id())) {
                    Sql.update(connection, "DELETE FROM MEETING_INTERVIEW_ANSWER WHERE ID = ?", answerId);
                } else if (value != null && !old.containsKey(question.id())) {
                    Sql.update(connection, "INSERT INTO MEETING_INTERVIEW_ANSWER (ID, MEETING_ID, QUESTION_ID, ANSWER) VALUES (?, ?, ?, ?)",
                            answerId, meetingId, question.id(), value);
                } else if (value != null && !value.equals(old.get(question.id()))) {
                    Sql.update(connection, "UPDATE MEETING_INTERVIEW_ANSWER SET ANSWER = ? WHERE ID = ?", value, answerId);
                }
            }
            return read(connection, meetingId).orElseThrow();
        });
    }

    @Override
    public Optional<Interview> find(UUID meetingId) {
        return store.read(connection -> read(connection, meetingId));
    }

    @Override
    public ProfileChanges preview(UUID meetingId, Locale locale) {
        Messages texts = MeetingTexts.in(locale);
        Interview interview = find(meetingId)
                .orElseThrow(() -> new ValidationException(ValidationProblem.field("meeting", texts.get("interview.none"))));
        return changes(interview, texts, false);
    }

    @Override
    public ProfileChanges confirm(UUID meetingId, String confirmedBy, Locale locale) {
        Messages texts = MeetingTexts.in(locale);
        if (confirmedBy == null || confirmedBy.isBlank()) {
            throw new ValidationException(ValidationProblem.field("confirmedBy", texts.get("required")));
        }
        return store.transaction(connection -> {
            Interview interview = read(connection, meetingId)
                    .orElseThrow(() -> new ValidationException(ValidationProblem.field("meeting", texts.get("interview.none"))));
            if (interview.confirmed()) {
                throw new ValidationException(ValidationProblem.field("meeting", texts.get("interview.confirmed")));
            }
            ProfileChanges changes = changes(interview, texts, true);
            Sql.update(connection, "UPDATE MEETING_INTERVIEW SET CONFIRMED_AT = ?, CONFIRMED_BY = ? WHERE MEETING_ID = ?",
                    Instant.now().truncatedTo(ChronoUnit.MICROS), confirmedBy.strip(), meetingId);
            return changes;
        });
    }

    /** What the answers change; with {@code apply}, changes it (inside the caller's transaction). */
    private ProfileChanges changes(Interview interview, Messages texts, boolean apply) {
        InterviewTemplate template = template(interview.templateId(), texts);
        Person person = contacts.person(interview.contactId())
                .orElseThrow(() -> new ValidationException(ValidationProblem.field("contact", texts.get("interview.notPerson"))));
        Readiness readiness = person.readiness();
        List<Barrier> barriers = new ArrayList<>();
        List<AnsweredQuestion> answered = new ArrayList<>();
        for (Question question : template.questions()) {
            String answer = interview.answers().get(question.id());
            if (answer == null) {
                continue;
            }
            answered.add(new AnsweredQuestion(question, answer));
            if (question.effect() instanceof Effect.SetsReadiness) {
                readiness = Readiness.valueOf(answer);
            } else if (question.effect() instanceof Effect.AddsBarrier barrier) {
                Barrier added = new Barrier(barrier.kind(), answer);
                if (!person.barriers().contains(added)) {
                    barriers.add(added);
                }
            }
        }
        String language = meetings.find(interview.meetingId()).map(Meeting::language).orElse(texts.locale().getLanguage());
        List<String> followOnLines = new ArrayList<>();
        for (InterviewFollowOn followOn : followOns) {
            followOnLines.addAll(followOn.preview(interview.contactId(), answered, language, texts.locale()));
        }
        if (apply) {
            List<Barrier> all = new ArrayList<>(person.barriers());
            all.addAll(barriers);
            contacts.save(new Person(person.id(), person.givenName(), person.familyName(), person.preferredLanguage(), person.languages(),
                    person.region(), person.address(), person.role(), readiness, person.source(), person.referredBy(), person.ownerStaff(),
                    person.emails(), person.phones(), person.tags(), all), texts.locale());
            for (InterviewFollowOn followOn : followOns) {
                followOn.apply(interview.contactId(), answered, language, texts.locale());
            }
        }
        return new ProfileChanges(person.readiness(), readiness, barriers, followOnLines);
    }

    /** The longest answer a question takes: a barrier's note is kept in the profile, which takes 2,000 characters. */
    private static int longest(Question question) {
        return question.effect() instanceof Effect.AddsBarrier ? 2_000 : 4_000;
    }

    private InterviewTemplate template(String templateId, Messages texts) {
        return templates.stream().filter(t -> t.id().equals(templateId)).findFirst()
                .orElseThrow(() -> new ValidationException(ValidationProblem.field("template", texts.get("interview.unknownTemplate", templateId))));
    }

    private static Optional<Interview> read(Connection connection, UUID meetingId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT CONTACT_ID, TEMPLATE_ID, CONFIRMED_AT, CONFIRMED_BY "
                + "FROM MEETING_INTERVIEW WHERE MEETING_ID = ?");
                PreparedStatement answers = connection.prepareStatement("SELECT QUESTION_ID, ANSWER FROM MEETING_INTERVIEW_ANSWER "
                        + "WHERE MEETING_ID = ?")) {
            query.setObject(1, meetingId);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                Map<String, String> given = new HashMap<>();
                answers.setObject(1, meetingId);
                try (ResultSet rows = answers.executeQuery()) {
                    while (rows.next()) {
                        given.put(rows.getString(1), rows.getString(2));
                    }
                }
                return Optional.of(new Interview(meetingId, Sql.uuid(row, 1), row.getString(2), given, Sql.instant(row, 3), row.getString(4)));
            }
        }
    }
}
