package org.liaison.sync.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaison.contacts.internal.StoreContactProfiles;
import org.liaison.meetings.Attendee;
import org.liaison.meetings.Meeting;
import org.liaison.meetings.MeetingKind;
import org.liaison.meetings.MeetingNote;
import org.liaison.meetings.MeetingQuery;
import org.liaison.meetings.internal.StoreMeetings;
import org.liaison.server.Role;
import org.liaison.store.Store;
import org.liaison.sync.internal.SyncServerFixture.Desktop;
import org.liaison.test.support.StoreFixture;

/** Notes added to one meeting on two desktops at once are both kept everywhere, and found by search where they arrive. */
@ExtendWith(OwnServer.class)
class MeetingsConvergenceTest {

    private static final Locale EN = Locale.ENGLISH;

    private static StoreMeetings meetings(Store store) {
        return new StoreMeetings(store, new StoreContactProfiles(store));
    }

    private static MeetingNote signed(MeetingNote note, String account) {
        return new MeetingNote(note.id(), note.meetingId(), account, note.writtenAt(), note.text());
    }

    @Test
    void notesWrittenOnTwoDesktopsOfflineAreBothThereAfterSyncInTheOrderTheyWereWritten() {
        String account = SyncServerFixture.account("meetings-staff", Role.STAFF);
        Desktop a = SyncServerFixture.desktop(account, Duration.ZERO, SyncServerFixture.transport());
        Desktop b = SyncServerFixture.desktop(account, Duration.ZERO, SyncServerFixture.transport());
        UUID camille = ListedPeople.person(a.store().store(), "Camille", "Moreau");
        Meeting visit = meetings(a.store().store()).save(Meeting.of(MeetingKind.ONE_TO_ONE, "Cider press visit", ZonedDateTime.of(2026, 12,
                10, 10, 0, 0, 0, ZoneId.of("Europe/Paris")), "anne", "fr").withAttendees(List.of(Attendee.invited(camille))), EN);
        a.engine().sync();
        b.engine().sync();

        MeetingNote fromA = meetings(a.store().store()).addNote(visit.id(), "anne", "Wants a stand at the Brighton fair", EN);
        MeetingNote fromB = meetings(b.store().store()).addNote(visit.id(), "marc", "Peut livrer des f\u00fbts en mars", EN);
        a.engine().sync();
        b.engine().sync();
        a.engine().sync();

        Store server = StoreFixture.service(Store.class);
        for (Store store : List.of(a.store().store(), b.store().store(), server)) {
            List<MeetingNote> notes = meetings(store).notes(visit.id());
            assertEquals(List.of(fromA.id(), fromB.id()), notes.stream().map(MeetingNote::id).toList());
            assertEquals(List.of(signed(fromA, account), signed(fromB, account)), notes, "signed by the account that pushed them");
        }
        assertEquals(List.of(visit.id()), meetings(a.store().store()).search(MeetingQuery.words("futs mars", 5)).stream().map(Meeting::id)
                .toList(), "B's note found on A, accents aside");
        assertEquals(List.of(visit.id()), meetings(b.store().store()).search(MeetingQuery.words("brighton", 5)).stream().map(Meeting::id)
                .toList());
        assertEquals(ZonedDateTime.of(2026, 12, 10, 10, 0, 0, 0, ZoneId.of("Europe/Paris")),
                meetings(b.store().store()).find(visit.id()).orElseThrow().localStart());
        a.store().close();
        b.store().close();
    }
}
