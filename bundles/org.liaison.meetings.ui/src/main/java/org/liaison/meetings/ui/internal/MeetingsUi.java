package org.liaison.meetings.ui.internal;

/** The ids of the Meetings area's model elements, as the fragment names them. */
final class MeetingsUi {

    static final String AREA = "org.liaison.meetings.ui.area";
    static final String CALENDAR_PART = "org.liaison.meetings.ui.part.calendar";
    static final String FOLLOW_UPS_PART = "org.liaison.meetings.ui.part.followUps";
    static final String CHECK_IN_PART = "org.liaison.meetings.ui.part.checkIn";

    private static final String COMMAND = "org.liaison.meetings.ui.command.";
    static final String NEW_MEETING = COMMAND + "newMeeting";
    static final String OPEN_MEETING = COMMAND + "openMeeting";
    static final String SHOW = COMMAND + "show";

    private static final String PARAMETER = "org.liaison.meetings.ui.commandparameter.";
    static final String MEETING_PARAMETER = PARAMETER + "meeting";
    static final String VIEW_PARAMETER = PARAMETER + "view";
    static final String STEP_PARAMETER = PARAMETER + "step";
    static final String TASKS_PARAMETER = PARAMETER + "tasks";
    static final String KIND_PARAMETER = PARAMETER + "kind";

    private MeetingsUi() {
    }
}
