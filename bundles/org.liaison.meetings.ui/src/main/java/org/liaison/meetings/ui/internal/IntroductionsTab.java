package org.liaison.meetings.ui.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Table;
import org.liaison.contacts.ContactProfiles;
import org.liaison.contacts.ContactSummary;
import org.liaison.core.i18n.Messages;
import org.liaison.core.validation.ValidationException;
import org.liaison.meetings.Attendee;
import org.liaison.meetings.Meeting;
import org.liaison.niches.Introduction;
import org.liaison.niches.IntroductionMeetings;
import org.liaison.ui.Tables;

/** The introductions made at a meeting, and the open ones between its attendees, which can be marked met here. */
final class IntroductionsTab {

    private final IntroductionMeetings introductions;
    private final ContactProfiles profiles;
    private final Messages texts;
    private final Meeting meeting;
    private final Table atMeeting;
    private final Table open;

    private IntroductionsTab(TabFolder tabs, Messages texts, Meeting meeting, IntroductionMeetings introductions, ContactProfiles profiles) {
        this.introductions = introductions;
        this.profiles = profiles;
        this.texts = texts;
        this.meeting = meeting;
        TabItem item = new TabItem(tabs, SWT.NONE);
        item.setText(texts.get("meeting.tab.introductions"));
        Composite page = new Composite(tabs, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);
        item.setControl(page);
        new Label(page, SWT.NONE).setText(texts.get("introductions.atMeeting"));
        new Label(page, SWT.NONE);
        atMeeting = Tables.table(page, SWT.SINGLE, texts, "introductions.pair", 320, "introductions.status", 140);
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(atMeeting);
        new Label(page, SWT.NONE).setText(texts.get("introductions.open"));
        Button met = new Button(page, SWT.PUSH);
        met.setText(texts.get("introductions.met"));
        Label problem = new Label(page, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(problem);
        open = Tables.table(page, SWT.SINGLE, texts, "introductions.pair", 320, "introductions.status", 140);
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(open);
        met.addListener(SWT.Selection, e -> {
            if (open.getSelectionCount() == 1) {
                try {
                    introductions.metAt(((Introduction) open.getSelection()[0].getData()).id(), meeting.id(),
                            meeting.localStart().toLocalDate().isAfter(LocalDate.now()) ? LocalDate.now() : meeting.localStart().toLocalDate(),
                            texts.locale());
                    problem.setText("");
                    show();
                } catch (ValidationException refused) {
                    problem.setText(refused.problems().get(0).message());
                }
            }
        });
        show();
    }

    /** Called with the niches' service as an object, so that the caller needs none of its types. */
    static void create(TabFolder tabs, Messages texts, Meeting meeting, Object service, ContactProfiles profiles) {
        new IntroductionsTab(tabs, texts, meeting, (IntroductionMeetings) service, profiles);
    }

    private void show() {
        List<Introduction> made = introductions.atMeeting(meeting.id());
        List<Introduction> between = introductions.openBetween(meeting.attendees().stream().map(Attendee::contactId).toList());
        Set<UUID> people = new HashSet<>();
        Stream.concat(made.stream(), between.stream()).forEach(each -> people.addAll(List.of(each.first(), each.second())));
        Map<UUID, ContactSummary> names = profiles.summaries(people);
        Tables.fill(atMeeting, made, i -> row(i, names));
        Tables.fill(open, between, i -> row(i, names));
    }

    private String[] row(Introduction introduction, Map<UUID, ContactSummary> names) {
        return new String[] {name(names, introduction.first()) + " \u2194 " + name(names, introduction.second()),
            texts.get("introduction." + introduction.status().name())};
    }

    private static String name(Map<UUID, ContactSummary> names, UUID id) {
        return names.containsKey(id) ? names.get(id).name() : "?";
    }
}
