package org.liaison.meetings.ui.internal;

import java.util.List;

import org.liaison.meetings.FollowUpTask;

/** The follow-ups chosen in My follow-ups, which the Done command marks. */
record TaskSelection(List<FollowUpTask> tasks) {

    TaskSelection {
        tasks = List.copyOf(tasks);
    }
}
